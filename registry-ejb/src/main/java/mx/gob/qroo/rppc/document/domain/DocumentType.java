package mx.gob.qroo.rppc.document.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of files the registry accepts, by their real media type and their usual extensions. */
public enum DocumentType {
  PDF("application/pdf", "pdf"),
  TIFF("image/tiff", "tif", "tiff"),
  JPEG("image/jpeg", "jpg", "jpeg"),
  PNG("image/png", "png"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
  ODT("application/vnd.oasis.opendocument.text", "odt");

  private final String mediaType;
  private final List<String> extensions;

  DocumentType(String mediaType, String... extensions) {
    this.mediaType = mediaType;
    this.extensions = List.of(extensions);
  }

  public String mediaType() {
    return mediaType;
  }

  public static Optional<DocumentType> ofMediaType(String mediaType) {
    for (DocumentType type : values()) {
      if (type.mediaType.equals(mediaType)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /** The type a file name's extension claims, if it is one of these. */
  public static Optional<DocumentType> claimedBy(String fileName) {
    if (fileName == null || fileName.lastIndexOf('.') < 0) {
      return Optional.empty();
    }
    String extension = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    for (DocumentType type : values()) {
      if (type.extensions.contains(extension)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /**
   * The type of a file whose bytes were detected as {@code detectedMediaType}, checked against what
   * its name claims.
   *
   * @throws IllegalArgumentException when the bytes are of no accepted type, or of another type
   *     than the name claims (a ".pdf" that is not a PDF)
   */
  public static DocumentType check(String detectedMediaType, String fileName) {
    DocumentType type =
        ofMediaType(detectedMediaType)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "el archivo es " + detectedMediaType + "; se aceptan " + accepted()));
    Optional<DocumentType> claimed = claimedBy(fileName);
    if (claimed.isPresent() && claimed.get() != type) {
      throw new IllegalArgumentException(
          "el nombre dice "
              + claimed.get()
              + " pero el contenido es "
              + type
              + " ("
              + detectedMediaType
              + ")");
    }
    return type;
  }

  /** For messages: PDF, TIFF, JPEG, PNG, DOCX u ODT. */
  public static String accepted() {
    return "PDF, TIFF, JPEG, PNG, DOCX u ODT";
  }
}
