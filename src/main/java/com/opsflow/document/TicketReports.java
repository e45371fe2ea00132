package com.opsflow.document;

import com.opsflow.ticket.TicketService;
import org.springframework.stereotype.Service;

/**
 * Keeps an issued DOCX report with its ticket: stores it as a {@link TicketDocuments ticket document} named
 * {@code <ticket number><file suffix>} and records the {@code report-issued} event on the ticket.
 */
@Service
public class TicketReports {

  private final TicketDocuments documents;
  private final TicketService tickets;

  TicketReports(TicketDocuments documents, TicketService tickets) {
    this.documents = documents;
    this.tickets = tickets;
  }

  /** Stores the report under the kind, records the event and returns the report. */
  public byte[] keep(String ticketNumber, String kind, String fileSuffix, byte[] docx, String actor) {
    String fileName = ticketNumber + fileSuffix;
    documents.store(ticketNumber, kind, fileName, TicketDocuments.DOCX, docx, actor);
    tickets.event(ticketNumber, "report-issued", actor, fileName);
    return docx;
  }
}
