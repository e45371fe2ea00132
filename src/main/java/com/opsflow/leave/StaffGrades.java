package com.opsflow.leave;

import com.opsflow.engine.WithoutAuthorization;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.ticket.TicketTime;
import java.sql.Timestamp;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Post grades of the vendor's engineers (岗位级别 1…5, 1 = entry). A backup engineer must hold at least
 * {@code opsflow.leave.backup-minimum-grade} (the seeds: 二级岗位及以上, B-2.4.5.1(3), B-2.4.2(7)).
 */
@Service
public class StaffGrades {

  static final String[] CHINESE = {"", "一", "二", "三", "四", "五"};
  static final int LOWEST = 1;
  static final int HIGHEST = 5;

  /** One recorded grade. */
  public record Grade(String userId, int grade, String updatedBy, String updatedAt) {
  }

  private final JdbcTemplate jdbc;
  private final TicketTime time;
  private final int backupMinimum;
  private final IdentityService identityService;
  private final ProcessEngineConfiguration configuration;

  StaffGrades(JdbcTemplate jdbc, TicketTime time, @Value("${opsflow.leave.backup-minimum-grade:2}") int backupMinimum,
      IdentityService identityService, ProcessEngineConfiguration configuration) {
    this.identityService = identityService;
    this.configuration = configuration;
    this.jdbc = jdbc;
    this.time = time;
    this.backupMinimum = backupMinimum;
  }

  public Optional<Integer> gradeOf(String userId) {
    List<Integer> grades = jdbc.queryForList("SELECT grade FROM staff_grade WHERE user_id = ?", Integer.class, userId);
    return grades.stream().findFirst();
  }

  public Optional<Grade> find(String userId) {
    return jdbc.query("SELECT user_id, grade, updated_by, updated_at FROM staff_grade WHERE user_id = ?",
        (rs, row) -> new Grade(rs.getString(1), rs.getInt(2), rs.getString(3),
            rs.getTimestamp(4).toLocalDateTime().toString()), userId).stream().findFirst();
  }

  public List<Grade> all() {
    return jdbc.query("SELECT user_id, grade, updated_by, updated_at FROM staff_grade ORDER BY user_id",
        (rs, row) -> new Grade(rs.getString(1), rs.getInt(2), rs.getString(3),
            rs.getTimestamp(4).toLocalDateTime().toString()));
  }

  public Grade record(String userId, Integer grade, String updatedBy) {
    // whoever records the grade need not be allowed to list users
    long users = WithoutAuthorization.inNewCommand(configuration, 
        () -> identityService.createUserQuery().userId(userId).count());
    if (users == 0) {
      throw new NoSuchElementException("用户 " + userId + " 不存在 / no user " + userId);
    }
    if (grade == null || grade < LOWEST || grade > HIGHEST) {
      throw new InvalidInputException("grade", "字段 grade（岗位级别）应为 " + LOWEST + " 到 " + HIGHEST + " 的整数，收到 " + grade
          + " / field 'grade' must be an integer from " + LOWEST + " to " + HIGHEST);
    }
    Timestamp now = Timestamp.valueOf(time.localNow());
    int updated = jdbc.update("UPDATE staff_grade SET grade = ?, updated_by = ?, updated_at = ? WHERE user_id = ?",
        grade, updatedBy, now, userId);
    if (updated == 0) {
      jdbc.update("INSERT INTO staff_grade (user_id, grade, updated_by, updated_at) VALUES (?, ?, ?, ?)",
          userId, grade, updatedBy, now);
    }
    return find(userId).orElseThrow();
  }

  /** Refuses a backup engineer without a recorded grade of at least the minimum, naming the rule. */
  void checkBackup(String field, String userId) {
    Optional<Integer> grade = gradeOf(userId);
    if (grade.isEmpty()) {
      throw new InvalidInputException(field, "字段 " + field + "（备岗人员）：" + userId + " 没有登记岗位级别；备岗人员须具备"
          + chinese(backupMinimum) + "级岗位及以上资质，请项目经理先登记（PUT /api/staff/" + userId + "/grade）"
          + " / field '" + field + "': " + userId + " has no recorded post grade; a backup needs grade " + backupMinimum
          + " or higher");
    }
    if (grade.get() < backupMinimum) {
      throw new InvalidInputException(field, "字段 " + field + "（备岗人员）：" + userId + " 为" + chinese(grade.get())
          + "级岗位，备岗人员须具备" + chinese(backupMinimum) + "级岗位及以上资质 / field '" + field + "': " + userId + " holds grade " + grade.get()
          + ", a backup needs grade " + backupMinimum + " or higher");
    }
  }

  static String chinese(int grade) {
    return grade >= LOWEST && grade <= HIGHEST ? CHINESE[grade] : String.valueOf(grade);
  }
}
