package org.theopy.portal.interfaces.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.theopy.portal.application.RiskService;
import org.theopy.portal.domain.model.risk.Level;
import org.theopy.portal.domain.model.risk.Risk;
import org.theopy.portal.domain.model.risk.RiskCriteria;
import org.theopy.portal.domain.model.risk.RiskCriteria.SortKey;
import org.theopy.portal.domain.model.risk.RiskStatus;

/**
 * The risk register: a lazily loaded table (each page is filtered, sorted and cut in the database),
 * filters that can also come from the address (the heat map links here with impact and
 * probability), and a CSV export of everything that matches the filters.
 */
@Named
@ViewScoped
public class RiskRegisterView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int EXPORT_LIMIT = 100_000;

  @Inject private RiskService risks;

  private String text;
  private Level level;
  private RiskStatus status;
  private Level impact;
  private Level probability;
  private boolean activeOnly;
  private boolean overdueOnly;

  private SortKey sortKey = SortKey.SCORE;
  private boolean ascending;

  private final LazyDataModel<Risk> model = new RiskModel();

  /** The rows of the table, loaded page by page. */
  public LazyDataModel<Risk> getModel() {
    return model;
  }

  /** Writes every matching risk as CSV, in the table's order. */
  public void exportCsv() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext context = faces.getExternalContext();
    context.responseReset();
    context.setResponseContentType("text/csv; charset=UTF-8");
    context.setResponseHeader(
        "Content-Disposition",
        "attachment; filename=\"risk-register-" + LocalDate.now() + ".csv\"");
    List<Risk> rows = risks.page(criteria(0, RiskCriteria.MAX_PAGE_SIZE));
    try (Writer writer =
        new OutputStreamWriter(context.getResponseOutputStream(), StandardCharsets.UTF_8)) {
      CsvWriter csv = new CsvWriter(writer);
      csv.row(
          List.of(
              "id",
              "title",
              "impact",
              "probability",
              "score",
              "level",
              "status",
              "owner",
              "review date",
              "review overdue",
              "description"));
      int first = 0;
      while (!rows.isEmpty() && first < EXPORT_LIMIT) {
        for (Risk r : rows) {
          csv.row(
              java.util.Arrays.asList(
                  r.getId(),
                  r.getTitle(),
                  r.getImpact(),
                  r.getProbability(),
                  r.getScore(),
                  r.getLevel(),
                  r.getStatus(),
                  r.getOwner(),
                  r.getReviewDate(),
                  r.isReviewOverdue(LocalDate.now()),
                  r.getDescription()));
        }
        first += rows.size();
        rows =
            rows.size() < RiskCriteria.MAX_PAGE_SIZE
                ? List.of()
                : risks.page(criteria(first, RiskCriteria.MAX_PAGE_SIZE));
      }
    }
    faces.responseComplete();
  }

  /** Clears every filter. */
  public void clearFilters() {
    text = null;
    level = null;
    status = null;
    impact = null;
    probability = null;
    activeOnly = false;
    overdueOnly = false;
  }

  /** Tells whether a risk's review is overdue, for highlighting. */
  public boolean overdue(Risk risk) {
    return risk.isReviewOverdue(LocalDate.now());
  }

  /** Returns the levels for the filter menus. */
  public Level[] getLevels() {
    return Level.values();
  }

  /** Returns the statuses for the filter menu. */
  public RiskStatus[] getStatuses() {
    return RiskStatus.values();
  }

  private RiskCriteria criteria(int first, int pageSize) {
    Set<Level> levels = level == null ? Set.of() : EnumSet.of(level);
    Set<RiskStatus> statuses = status == null ? Set.of() : EnumSet.of(status);
    String query = text == null ? null : text.length() > 200 ? text.substring(0, 200) : text;
    return new RiskCriteria(
        query,
        levels,
        statuses,
        impact,
        probability,
        activeOnly,
        overdueOnly,
        sortKey,
        ascending,
        first,
        pageSize);
  }

  private final class RiskModel extends LazyDataModel<Risk> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(Integer.MAX_VALUE, risks.count(criteria(0, 1)));
    }

    @Override
    public List<Risk> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      sortBy.values().stream()
          .filter(s -> s.getOrder() != SortOrder.UNSORTED)
          .findFirst()
          .ifPresentOrElse(
              s -> {
                sortKey = toKey(s.getField());
                ascending = s.getOrder() == SortOrder.ASCENDING;
              },
              () -> {
                sortKey = SortKey.SCORE;
                ascending = false;
              });
      return risks.page(criteria(first, Math.min(pageSize, RiskCriteria.MAX_PAGE_SIZE)));
    }

    @Override
    public String getRowKey(Risk risk) {
      return String.valueOf(risk.getId());
    }

    @Override
    public Risk getRowData(String rowKey) {
      return null;
    }

    private SortKey toKey(String field) {
      return switch (field == null ? "" : field) {
        case "title" -> SortKey.TITLE;
        case "impact" -> SortKey.IMPACT;
        case "probability" -> SortKey.PROBABILITY;
        case "status" -> SortKey.STATUS;
        case "owner" -> SortKey.OWNER;
        case "reviewDate" -> SortKey.REVIEW_DATE;
        case "updatedAt" -> SortKey.UPDATED_AT;
        default -> SortKey.SCORE;
      };
    }
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Level getLevel() {
    return level;
  }

  public void setLevel(Level level) {
    this.level = level;
  }

  public RiskStatus getStatus() {
    return status;
  }

  public void setStatus(RiskStatus status) {
    this.status = status;
  }

  public Level getImpact() {
    return impact;
  }

  public void setImpact(Level impact) {
    this.impact = impact;
  }

  public Level getProbability() {
    return probability;
  }

  public void setProbability(Level probability) {
    this.probability = probability;
  }

  public boolean isActiveOnly() {
    return activeOnly;
  }

  public void setActiveOnly(boolean activeOnly) {
    this.activeOnly = activeOnly;
  }

  public boolean isOverdueOnly() {
    return overdueOnly;
  }

  public void setOverdueOnly(boolean overdueOnly) {
    this.overdueOnly = overdueOnly;
  }
}
