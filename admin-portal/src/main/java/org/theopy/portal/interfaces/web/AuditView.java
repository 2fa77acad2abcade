package org.theopy.portal.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.theopy.portal.application.CurrentUser;
import org.theopy.portal.domain.model.account.Role;
import org.theopy.portal.domain.model.audit.AuditEntry;
import org.theopy.portal.infrastructure.persistence.AuditRepository;

/** The audit trail, newest first (admin). */
@Named
@ViewScoped
public class AuditView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AuditRepository entries;
  @Inject private CurrentUser currentUser;

  private String entityType;
  private Long entityId;

  private final LazyDataModel<AuditEntry> model =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          currentUser.require(Role.ADMIN_NAME);
          return (int) entries.count(blankToNull(entityType), entityId);
        }

        @Override
        public List<AuditEntry> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          currentUser.require(Role.ADMIN_NAME);
          return entries.find(blankToNull(entityType), entityId, first, pageSize);
        }

        @Override
        public String getRowKey(AuditEntry entry) {
          return String.valueOf(entry.getId());
        }

        @Override
        public AuditEntry getRowData(String rowKey) {
          return null;
        }
      };

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  public LazyDataModel<AuditEntry> getModel() {
    return model;
  }

  public String getEntityType() {
    return entityType;
  }

  public void setEntityType(String entityType) {
    this.entityType = entityType;
  }

  public Long getEntityId() {
    return entityId;
  }

  public void setEntityId(Long entityId) {
    this.entityId = entityId;
  }
}
