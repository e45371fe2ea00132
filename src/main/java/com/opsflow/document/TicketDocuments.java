package com.opsflow.document;

import com.opsflow.ticket.TicketTime;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Files produced for a ticket (reports, slips), stored with it in the ticket register's database. */
@Service
@Transactional
public class TicketDocuments {

  public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private final JdbcTemplate jdbc;
  private final TicketTime time;

  TicketDocuments(JdbcTemplate jdbc, TicketTime time) {
    this.jdbc = jdbc;
    this.time = time;
  }

  /** Stores a file with the ticket; returns its id. */
  public long store(String ticketNumber, String kind, String fileName, String contentType, byte[] content,
      String createdBy) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement insert = connection.prepareStatement("INSERT INTO ticket_document (ticket_number, kind,"
          + " file_name, content_type, content, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
      insert.setString(1, ticketNumber);
      insert.setString(2, kind);
      insert.setString(3, fileName);
      insert.setString(4, contentType);
      insert.setBytes(5, content);
      insert.setTimestamp(6, Timestamp.valueOf(time.localNow()));
      insert.setString(7, createdBy);
      return insert;
    }, key);
    return key.getKey().longValue();
  }

  /** The files of one kind of a ticket, oldest first, with their sizes and without their content. */
  @Transactional(readOnly = true)
  public List<Summary> list(String ticketNumber, String kind) {
    return jdbc.query("SELECT id, file_name, content_type, OCTET_LENGTH(content) AS size, created_at, created_by"
        + " FROM ticket_document WHERE ticket_number = ? AND kind = ? ORDER BY created_at, id",
        (rs, i) -> new Summary(rs.getLong("id"), rs.getString("file_name"), rs.getString("content_type"),
            rs.getLong("size"), rs.getTimestamp("created_at").toLocalDateTime(), rs.getString("created_by")),
        ticketNumber, kind);
  }

  /** A file listed without its content. */
  public record Summary(long id, String fileName, String contentType, long size, java.time.LocalDateTime createdAt,
      String createdBy) {
  }

  @Transactional(readOnly = true)
  public Optional<TicketDocument> latest(String ticketNumber, String kind) {
    return jdbc.query("SELECT * FROM ticket_document WHERE ticket_number = ? AND kind = ? ORDER BY created_at DESC, id DESC",
        (rs, i) -> map(rs, true), ticketNumber, kind).stream().findFirst();
  }

  @Transactional(readOnly = true)
  public Optional<TicketDocument> find(String ticketNumber, long id) {
    return jdbc.query("SELECT * FROM ticket_document WHERE ticket_number = ? AND id = ?", (rs, i) -> map(rs, true),
        ticketNumber, id).stream().findFirst();
  }

  @Transactional(readOnly = true)
  public List<TicketDocument> list(String ticketNumber) {
    return jdbc.query("SELECT id, ticket_number, kind, file_name, content_type, created_at, created_by FROM ticket_document"
        + " WHERE ticket_number = ? ORDER BY created_at, id", (rs, i) -> map(rs, false), ticketNumber);
  }

  private static TicketDocument map(java.sql.ResultSet rs, boolean withContent) throws java.sql.SQLException {
    return new TicketDocument(rs.getLong("id"), rs.getString("ticket_number"), rs.getString("kind"),
        rs.getString("file_name"), rs.getString("content_type"), withContent ? rs.getBytes("content") : null,
        rs.getTimestamp("created_at").toLocalDateTime(), rs.getString("created_by"));
  }
}
