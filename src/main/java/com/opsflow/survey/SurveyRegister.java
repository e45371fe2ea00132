package com.opsflow.survey;

import com.opsflow.survey.ImprovementActions.Action;
import com.opsflow.survey.SurveyAnswers.Answer;
import com.opsflow.ticket.TicketTime;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Surveys, their questions, answers (rating per question) and improvement actions (V21__satisfaction_survey.sql). */
@Service
@Transactional
public class SurveyRegister {

  public static final String COLLECTING = "collecting";
  public static final String SUMMARISED = "summarised";
  public static final String CLOSED = "closed";
  public static final String OPEN = "open";
  public static final String DONE = "done";

  /** A survey as planned. */
  public record Survey(String number, String processInstanceId, String system, String title, LocalDate periodFrom,
      LocalDate periodTo, String respondents, String surveyor, String status, List<String> questions) {
  }

  /** A stored answer. */
  public record StoredAnswer(long id, String respondent, List<Integer> ratings, String comment, String enteredBy) {
  }

  /** A stored improvement action. */
  public record StoredAction(long id, int position, String group, String text, String status, String result,
      String doneBy) {
  }

  private final JdbcTemplate jdbc;
  private final TicketTime time;

  SurveyRegister(JdbcTemplate jdbc, TicketTime time) {
    this.jdbc = jdbc;
    this.time = time;
  }

  void register(String number, String processInstanceId, String system, String title, LocalDate from, LocalDate to,
      String respondents, String surveyor, List<String> questions, String createdBy) {
    jdbc.update("""
        INSERT INTO survey (survey_number, process_instance_id, system_id, title, period_from, period_to, respondents,
          surveyor, status, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", number,
        processInstanceId, system, title, from, to, respondents, surveyor, COLLECTING, ts(), createdBy);
    for (int i = 0; i < questions.size(); i++) {
      jdbc.update("INSERT INTO survey_question (survey_number, seq_no, question) VALUES (?, ?, ?)", number, i + 1,
          questions.get(i));
    }
  }

  long addAnswer(String number, Answer answer, String enteredBy) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(c -> {
      var ps = c.prepareStatement("INSERT INTO survey_answer (survey_number, respondent, comment_text, entered_at,"
          + " entered_by) VALUES (?, ?, ?, ?, ?)", new String[] {"id"});
      ps.setString(1, number);
      ps.setString(2, answer.respondent());
      ps.setString(3, answer.comment());
      ps.setTimestamp(4, ts());
      ps.setString(5, enteredBy);
      return ps;
    }, keys);
    long id = keys.getKey().longValue();
    for (int q = 0; q < answer.ratings().size(); q++) {
      jdbc.update("INSERT INTO survey_rating (answer_id, seq_no, rating) VALUES (?, ?, ?)", id, q + 1,
          answer.ratings().get(q));
    }
    return id;
  }

  void closeCollection(String number) {
    jdbc.update("UPDATE survey SET status = ?, collection_closed_at = ? WHERE survey_number = ? AND status = ?",
        SUMMARISED, ts(), number, COLLECTING);
  }

  List<Long> addActions(String number, List<Action> actions) {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < actions.size(); i++) {
      GeneratedKeyHolder keys = new GeneratedKeyHolder();
      int position = i + 1;
      Action a = actions.get(i);
      jdbc.update(c -> {
        var ps = c.prepareStatement("INSERT INTO survey_action (survey_number, seq_no, group_id, action_text, status)"
            + " VALUES (?, ?, ?, ?, ?)", new String[] {"id"});
        ps.setString(1, number);
        ps.setInt(2, position);
        ps.setString(3, a.group());
        ps.setString(4, a.text());
        ps.setString(5, OPEN);
        return ps;
      }, keys);
      ids.add(keys.getKey().longValue());
    }
    return ids;
  }

  void actionDone(long id, String result, String doneBy) {
    jdbc.update("UPDATE survey_action SET status = ?, result_text = ?, done_by = ?, done_at = ? WHERE id = ?", DONE,
        result, doneBy, ts(), id);
  }

  void closed(String number) {
    jdbc.update("UPDATE survey SET status = ? WHERE survey_number = ?", CLOSED, number);
  }

  @Transactional(readOnly = true)
  public Optional<Survey> find(String number) {
    List<String> questions = jdbc.queryForList("SELECT question FROM survey_question WHERE survey_number = ? ORDER BY"
        + " seq_no", String.class, number);
    return jdbc.query("SELECT * FROM survey WHERE survey_number = ?", (rs, i) -> new Survey(rs.getString("survey_number"),
        rs.getString("process_instance_id"), rs.getString("system_id"), rs.getString("title"),
        rs.getDate("period_from").toLocalDate(), rs.getDate("period_to").toLocalDate(), rs.getString("respondents"),
        rs.getString("surveyor"), rs.getString("status"), questions), number).stream().findFirst();
  }

  @Transactional(readOnly = true)
  public List<StoredAnswer> answers(String number) {
    Map<Long, List<Integer>> ratings = new LinkedHashMap<>();
    jdbc.query("SELECT r.answer_id, r.rating FROM survey_rating r JOIN survey_answer a ON a.id = r.answer_id"
        + " WHERE a.survey_number = ? ORDER BY r.answer_id, r.seq_no", rs -> {
          ratings.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getInt(2));
        }, number);
    return jdbc.query("SELECT id, respondent, comment_text, entered_by FROM survey_answer WHERE survey_number = ?"
        + " ORDER BY id", (rs, i) -> new StoredAnswer(rs.getLong(1), rs.getString(2),
        ratings.getOrDefault(rs.getLong(1), List.of()), rs.getString(3), rs.getString(4)), number);
  }

  @Transactional(readOnly = true)
  public List<StoredAction> actions(String number) {
    return jdbc.query("SELECT * FROM survey_action WHERE survey_number = ? ORDER BY seq_no", (rs, i) -> new StoredAction(
        rs.getLong("id"), rs.getInt("seq_no"), rs.getString("group_id"), rs.getString("action_text"),
        rs.getString("status"), rs.getString("result_text"), rs.getString("done_by")), number);
  }

  @Transactional(readOnly = true)
  public Optional<StoredAction> action(long id) {
    return jdbc.query("SELECT * FROM survey_action WHERE id = ?", (rs, i) -> new StoredAction(rs.getLong("id"),
        rs.getInt("seq_no"), rs.getString("group_id"), rs.getString("action_text"), rs.getString("status"),
        rs.getString("result_text"), rs.getString("done_by")), id).stream().findFirst();
  }

  private Timestamp ts() {
    return Timestamp.valueOf(time.localNow());
  }

  static LocalDateTime local(Timestamp t) {
    return t == null ? null : t.toLocalDateTime();
  }
}
