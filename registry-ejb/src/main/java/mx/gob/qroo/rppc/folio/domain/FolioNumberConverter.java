package mx.gob.qroo.rppc.folio.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a folio number as it is written ({@code CUN-FR-000123}), read back once per load. */
@Converter
public class FolioNumberConverter implements AttributeConverter<FolioNumber, String> {

  @Override
  public String convertToDatabaseColumn(FolioNumber number) {
    return number == null ? null : number.toString();
  }

  @Override
  public FolioNumber convertToEntityAttribute(String text) {
    return text == null ? null : FolioNumber.parse(text);
  }
}
