package com.opsflow.training;

import com.opsflow.ticket.TicketTime;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Trainings, their trainees and the exam results per round (tables of V20__training.sql). */
@Service
@Transactional
public class TrainingRegister {

  public static final String PLANNED = "planned";
  public static final String DELIVERED = "delivered";
  public static final String EXAMINED = "examined";
  public static final String REPORTED = "reported";

  /** A training as planned, with its latest state. */
  public record Training(String number, String system, String topic, LocalDateTime trainingAt, String place,
      String teacher, String material, BigDecimal passMark, String status, int rounds, BigDecimal passRate,
      LocalDateTime deliveredAt, LocalDateTime reportedAt, String createdBy) {
  }

  /** A trainee and whether (and in which round) they passed. */
  public record Trainee(String name, boolean passed, Integer passedRound) {
  }

  /** One exam result. */
  public record Result(int round, String trainee, BigDecimal score, boolean passed, String recordedBy) {
  }

  private final JdbcTemplate jdbc;
  private final TicketTime time;

  TrainingRegister(JdbcTemplate jdbc, TicketTime time) {
    this.jdbc = jdbc;
    this.time = time;
  }

  void register(String number, String processInstanceId, String system, String topic, LocalDateTime at, String place,
      String teacher, String material, BigDecimal passMark, List<String> trainees, String createdBy) {
    jdbc.update("""
        INSERT INTO training (training_number, process_instance_id, system_id, topic, training_at, place, teacher,
          material, pass_mark, status, rounds, created_at, created_by)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""", number, processInstanceId, system, topic,
        Timestamp.valueOf(at), place, teacher, material, passMark, PLANNED, ts(), createdBy);
    for (int i = 0; i < trainees.size(); i++) {
      jdbc.update("INSERT INTO training_trainee (training_number, seq_no, trainee, passed) VALUES (?, ?, ?, FALSE)",
          number, i + 1, trainees.get(i));
    }
  }

  void delivered(String number) {
    jdbc.update("UPDATE training SET status = ?, delivered_at = ? WHERE training_number = ?", DELIVERED, ts(), number);
  }

  /** Stores a round's results and marks who passed; returns the overall pass rate in percent. */
  BigDecimal recordRound(String number, int round, Map<String, BigDecimal> scores, BigDecimal passMark, String actor) {
    for (Map.Entry<String, BigDecimal> e : scores.entrySet()) {
      boolean passed = e.getValue().compareTo(passMark) >= 0;
      jdbc.update("INSERT INTO training_result (training_number, exam_round, trainee, score, passed, recorded_at,"
          + " recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)", number, round, e.getKey(), e.getValue(), passed, ts(), actor);
      if (passed) {
        jdbc.update("UPDATE training_trainee SET passed = TRUE, passed_round = ? WHERE training_number = ? AND trainee = ?"
            + " AND passed = FALSE", round, number, e.getKey());
      }
    }
    BigDecimal rate = PassRate.of(passedCount(number), trainees(number).size());
    jdbc.update("UPDATE training SET status = ?, rounds = ?, pass_rate = ? WHERE training_number = ?", EXAMINED, round,
        rate, number);
    return rate;
  }

  void reported(String number) {
    jdbc.update("UPDATE training SET status = ?, reported_at = ? WHERE training_number = ?", REPORTED, ts(), number);
  }

  @Transactional(readOnly = true)
  public Optional<Training> find(String number) {
    return jdbc.query("SELECT * FROM training WHERE training_number = ?", (rs, i) -> new Training(
        rs.getString("training_number"), rs.getString("system_id"), rs.getString("topic"),
        rs.getTimestamp("training_at").toLocalDateTime(), rs.getString("place"), rs.getString("teacher"),
        rs.getString("material"), rs.getBigDecimal("pass_mark"), rs.getString("status"), rs.getInt("rounds"),
        rs.getBigDecimal("pass_rate"), local(rs.getTimestamp("delivered_at")), local(rs.getTimestamp("reported_at")),
        rs.getString("created_by")), number).stream().findFirst();
  }

  @Transactional(readOnly = true)
  public List<Trainee> trainees(String number) {
    return jdbc.query("SELECT trainee, passed, passed_round FROM training_trainee WHERE training_number = ? ORDER BY seq_no",
        (rs, i) -> new Trainee(rs.getString(1), rs.getBoolean(2), (Integer) rs.getObject(3, Integer.class)), number);
  }

  @Transactional(readOnly = true)
  public List<String> failed(String number) {
    return trainees(number).stream().filter(t -> !t.passed()).map(Trainee::name).toList();
  }

  @Transactional(readOnly = true)
  public int passedCount(String number) {
    Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM training_trainee WHERE training_number = ? AND passed = TRUE",
        Integer.class, number);
    return n == null ? 0 : n;
  }

  @Transactional(readOnly = true)
  public List<Result> results(String number) {
    return jdbc.query("SELECT r.exam_round, r.trainee, r.score, r.passed, r.recorded_by FROM training_result r"
            + " JOIN training_trainee t ON t.training_number = r.training_number AND t.trainee = r.trainee"
            + " WHERE r.training_number = ? ORDER BY r.exam_round, t.seq_no",
        (rs, i) -> new Result(rs.getInt(1), rs.getString(2), rs.getBigDecimal(3), rs.getBoolean(4), rs.getString(5)),
        number);
  }

  private Timestamp ts() {
    return Timestamp.valueOf(time.localNow());
  }

  private static LocalDateTime local(Timestamp t) {
    return t == null ? null : t.toLocalDateTime();
  }
}
