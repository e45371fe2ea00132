package com.opsflow.quality;

import com.opsflow.ticket.NewTicket;
import com.opsflow.ticket.TicketNumbers;
import com.opsflow.ticket.TicketService;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Incident tickets as the desk leaves them in the register: reported by a channel, taken up by an engineer. */
public class CallTickets {

  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private final TicketService tickets;
  private final TicketNumbers numbers;
  private final TransactionTemplate tx;

  public CallTickets(TicketService tickets, TicketNumbers numbers, PlatformTransactionManager transactions) {
    this.tickets = tickets;
    this.numbers = numbers;
    this.tx = new TransactionTemplate(transactions);
  }

  public static void clockAt(LocalDateTime local) {
    ClockUtil.setCurrentTime(Date.from(local.atZone(SHANGHAI).toInstant()));
  }

  /** An incident reported at {@code at} (bureau time) through {@code channel} and taken up by {@code engineer}. */
  public String call(String engineer, String system, String channel, LocalDateTime at) {
    clockAt(at);
    return tx.execute(status -> {
      String number = numbers.next("INC");
      tickets.register(new NewTicket(number, "incident", null, system, channel, "王芳（某县税务局办税服务厅）", null,
          "公文流转卡在待办", "提交后下一环节收不到待办", "individual", "medium", false, "demo-service-desk"));
      tickets.recordResponse(number, engineer, "service-desk");
      return number;
    });
  }

  public String hotline(String engineer, LocalDateTime at) {
    return call(engineer, "oa", QualityInspectionProcess.HOTLINE, at);
  }
}
