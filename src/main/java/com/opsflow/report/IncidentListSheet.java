package com.opsflow.report;

import com.opsflow.ticket.Ticket;
import com.opsflow.ticket.TicketFilter;
import com.opsflow.ticket.TicketList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * 事件处理清单 (A-5.4.1 item 1): every selected ticket with its times, priority, SLA met or missed, handler and
 * solution, one row each, in a sheet of its own.
 */
@Component
class IncidentListSheet {

  static final String SHEET = "事件处理清单";
  static final List<String> HEADERS = List.of("工单编号", "类型", "系统", "渠道", "报告人", "摘要", "优先级", "重大事件",
      "状态", "登记时间", "响应时限", "响应时间", "响应是否达标", "解决时限", "解决时间", "解决是否达标", "关闭时间", "处理人",
      "处理组", "升级次数", "关联问题", "重开次数", "解决方案");

  private final TicketList list;

  IncidentListSheet(TicketList list) {
    this.list = list;
  }

  void write(SheetWriter writer, TicketFilter filter, TicketList.Sort sort) {
    SheetWriter.Table table = writer.sheet(SHEET, HEADERS, 22, 8, 24, 9, 12, 40, 7, 8, 10, 17, 17, 17, 10, 17, 17, 10,
        17, 18, 14, 8, 22, 8, 60);
    list.each(filter, sort, t -> row(table, t));
    table.finish();
  }

  private static void row(SheetWriter.Table table, Ticket t) {
    table.row(t.ticketNumber(), ReportLabels.of(ReportLabels.KIND, t.ticketType()), ReportLabels.system(t.system()),
        ReportLabels.channel(t.channel()), t.reporter(), t.summary(), t.priority(),
        Boolean.TRUE.equals(t.major()) ? "是" : "否", ReportLabels.status(t.status()), t.createdAt(),
        t.responseDueAt(), t.respondedAt(), ReportLabels.sla(t.responseSlaMet()), t.resolveDueAt(), t.resolvedAt(),
        ReportLabels.sla(t.resolveSlaMet()), t.closedAt(), t.handler(), t.handlerGroup(), t.escalationLevel(),
        t.problemNumber(), t.reopenCount(), t.solution());
  }
}
