package com.opsflow.ticket;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reads a ticket and its audit trail. Visible to whoever may see the ticket's process instance in the
 * engine's history, so the engine's authorizations decide here too.
 */
@RestController
@RequestMapping("/api/tickets")
class TicketController {

  private final TicketService tickets;
  private final HistoryService history;

  TicketController(TicketService tickets, HistoryService history) {
    this.tickets = tickets;
    this.history = history;
  }

  @GetMapping("/{number}")
  Map<String, Object> ticket(@PathVariable String number) {
    Ticket ticket = tickets.find(number).filter(this::visible)
        .orElseThrow(() -> new NoSuchElementException("没有工单 " + number + " / no ticket " + number));
    List<TicketEventRecord> events = tickets.events(number);
    return Map.of("ticket", ticket, "events", events);
  }

  private boolean visible(Ticket ticket) {
    return ticket.processInstanceId() != null
        && history.createHistoricProcessInstanceQuery().processInstanceId(ticket.processInstanceId()).count() > 0;
  }
}
