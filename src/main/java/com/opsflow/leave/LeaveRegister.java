package com.opsflow.leave;

import com.opsflow.ticket.TicketTime;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The leave register {@code staff_leave}: requests with their status (pending, approved, rejected).
 * The evaluation asks {@link #approvedLeaveDays} so that approved leave is not counted as absence.
 */
@Service
public class LeaveRegister {

  public static final String PENDING = "pending";
  public static final String APPROVED = "approved";
  public static final String REJECTED = "rejected";

  /** One request as registered. */
  public record Leave(String leaveNumber, String applicant, String backupEngineer, String leaveType, LocalDate from,
      LocalDate to, BigDecimal days, boolean sudden, Boolean noticeOnTime, String status, String approvedBy,
      String handedOverTasks) {
  }

  private final JdbcTemplate jdbc;
  private final TicketTime time;

  LeaveRegister(JdbcTemplate jdbc, TicketTime time) {
    this.jdbc = jdbc;
    this.time = time;
  }

  void register(String leaveNumber, String processInstanceId, String applicant, String backup, String type,
      LocalDate from, LocalDate to, BigDecimal days, boolean sudden, Boolean noticeOnTime, String reason) {
    jdbc.update("""
        INSERT INTO staff_leave (leave_number, process_instance_id, applicant, backup_engineer, leave_type, leave_from,
          leave_to, days, sudden, notice_on_time, reason, status, requested_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", leaveNumber, processInstanceId, applicant, backup, type,
        from, to, days, sudden, noticeOnTime, reason, PENDING, Timestamp.valueOf(time.localNow()));
  }

  void paperworkDone(String leaveNumber) {
    jdbc.update("UPDATE staff_leave SET paperwork_done_at = ? WHERE leave_number = ?",
        Timestamp.valueOf(time.localNow()), leaveNumber);
  }

  void decide(String leaveNumber, String status, String approvedBy, String comment) {
    jdbc.update("UPDATE staff_leave SET status = ?, approved_by = ?, approved_at = ?, approval_comment = ?"
        + " WHERE leave_number = ?", status, approvedBy, Timestamp.valueOf(time.localNow()), comment, leaveNumber);
  }

  void handedOver(String leaveNumber, String tasks) {
    jdbc.update("UPDATE staff_leave SET handed_over_tasks = ? WHERE leave_number = ?", tasks, leaveNumber);
  }

  public Optional<Leave> find(String leaveNumber) {
    return jdbc.query("SELECT * FROM staff_leave WHERE leave_number = ?", (rs, n) -> new Leave(
        rs.getString("leave_number"), rs.getString("applicant"), rs.getString("backup_engineer"),
        rs.getString("leave_type"), rs.getDate("leave_from").toLocalDate(), rs.getDate("leave_to").toLocalDate(),
        rs.getBigDecimal("days"), rs.getBoolean("sudden"), (Boolean) rs.getObject("notice_on_time"),
        rs.getString("status"), rs.getString("approved_by"), rs.getString("handed_over_tasks")), leaveNumber)
        .stream().findFirst();
  }

  /**
   * Days of approved leave of the user within [from, to] (both inclusive). A request only partly inside
   * the period counts its days in proportion to the calendar days inside (half days are kept).
   */
  public BigDecimal approvedLeaveDays(String userId, LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("period ends before it starts: " + from + " .. " + to);
    }
    List<Map<String, Object>> rows = jdbc.queryForList("SELECT leave_from, leave_to, days FROM staff_leave"
        + " WHERE applicant = ? AND status = ? AND leave_from <= ? AND leave_to >= ?", userId, APPROVED, to, from);
    BigDecimal total = BigDecimal.ZERO;
    for (Map<String, Object> row : rows) {
      LocalDate lf = toDate(row.get("leave_from"));
      LocalDate lt = toDate(row.get("leave_to"));
      BigDecimal days = (BigDecimal) row.get("days");
      long span = lt.toEpochDay() - lf.toEpochDay() + 1;
      LocalDate a = lf.isBefore(from) ? from : lf;
      LocalDate b = lt.isAfter(to) ? to : lt;
      long inside = b.toEpochDay() - a.toEpochDay() + 1;
      total = total.add(inside == span ? days
          : days.multiply(BigDecimal.valueOf(inside)).divide(BigDecimal.valueOf(span), 1, java.math.RoundingMode.HALF_UP));
    }
    return total;
  }

  /** Every request of the user (any status) that overlaps [from, to] (both inclusive), by start date. */
  public List<Leave> leavesOverlapping(String userId, LocalDate from, LocalDate to) {
    return jdbc.query("SELECT * FROM staff_leave WHERE applicant = ? AND leave_from <= ? AND leave_to >= ?"
        + " ORDER BY leave_from, leave_number", (rs, n) -> new Leave(
        rs.getString("leave_number"), rs.getString("applicant"), rs.getString("backup_engineer"),
        rs.getString("leave_type"), rs.getDate("leave_from").toLocalDate(), rs.getDate("leave_to").toLocalDate(),
        rs.getBigDecimal("days"), rs.getBoolean("sudden"), (Boolean) rs.getObject("notice_on_time"),
        rs.getString("status"), rs.getString("approved_by"), rs.getString("handed_over_tasks")), userId, to, from);
  }

  private static LocalDate toDate(Object value) {
    return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
  }
}
