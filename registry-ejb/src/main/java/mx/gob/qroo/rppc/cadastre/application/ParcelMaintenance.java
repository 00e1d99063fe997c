package mx.gob.qroo.rppc.cadastre.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import mx.gob.qroo.rppc.audit.application.Audited;
import mx.gob.qroo.rppc.audit.application.AuditedResource;
import mx.gob.qroo.rppc.audit.domain.AccessAction;
import mx.gob.qroo.rppc.audit.domain.ResourceType;
import mx.gob.qroo.rppc.cadastre.domain.CadastralKey;
import mx.gob.qroo.rppc.cadastre.domain.MapCrs;
import mx.gob.qroo.rppc.cadastre.domain.NewParcel;
import mx.gob.qroo.rppc.cadastre.domain.ParcelChange;
import mx.gob.qroo.rppc.cadastre.domain.Parcels;
import mx.gob.qroo.rppc.cadastre.domain.ParcelsChanged;
import mx.gob.qroo.rppc.shared.domain.Role;

/**
 * The administrator records the cadastre's subdivisions (lotificación, subdivisión) and mergers
 * (fusión): the old parcel versions are retired with their history, the new ones cover the same
 * folios and are overlaid with the plans, all in one transaction.
 */
@Stateless
@RolesAllowed(Role.ADMIN)
public class ParcelMaintenance {

  @Inject Parcels parcels;
  @Inject Event<ParcelsChanged> parcelsChanged;

  @Audited(action = AccessAction.UPDATE, resource = ResourceType.PARCEL)
  public RecordedChange subdivide(CadastralKey parent, List<NewParcel> children, MapCrs crs) {
    return recorded(parcels.subdivide(parent, children, crs == null ? MapCrs.STORAGE : crs));
  }

  @Audited(action = AccessAction.UPDATE, resource = ResourceType.PARCEL)
  public RecordedChange merge(List<CadastralKey> parents, CadastralKey child) {
    return recorded(parcels.merge(parents, child));
  }

  private RecordedChange recorded(ParcelChange change) {
    parcelsChanged.fire(ParcelsChanged.parcels(change.createdParcelIds()));
    return new RecordedChange(change.event(), change.retired(), change.created());
  }

  /** What changed, named for the access log by the keys retired and created. */
  public record RecordedChange(String event, List<String> retired, List<String> created)
      implements AuditedResource {
    @Override
    public String auditResourceId() {
      return String.join(",", retired) + ">" + String.join(",", created);
    }
  }
}
