package com.opsflow.report;

import com.opsflow.ticket.TicketEventCode;

/** The ticket history of a report delivery (stored codes: never renamed). */
enum ReportDeliveryEvent implements TicketEventCode {
  GENERATED("report-generated"),
  SENT_BACK("report-sent-back"),
  DELIVERED("report-delivered"),
  LATE("report-late");

  private final String code;

  ReportDeliveryEvent(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
