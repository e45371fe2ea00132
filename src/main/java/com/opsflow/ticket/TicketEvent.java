package com.opsflow.ticket;

import java.util.Arrays;

/** What a "record on ticket" task can record; the code is what models name in {@code ticketEvent}. */
public enum TicketEvent implements TicketEventCode {
  REGISTERED("registered"),
  RESPONDED("responded"),
  RESPONSE_BREACHED("response-breached"),
  RESOLVE_BREACHED("resolve-breached"),
  MAJOR_DECLARED("major-declared"),
  ESCALATED("escalated"),
  RESOLVED("resolved"),
  CLOSED("closed"),
  TRANSFER_OPENED("transfer-opened"),
  TRANSFER_TRACKED("transfer-tracked"),
  SOLUTION_RETURNED("solution-returned"),
  REOPENED("reopened"),
  TRANSFER_CLOSED("transfer-closed"),
  MAJOR_DUTY_MISSED("major-duty-missed"),
  STATUS_UPDATE_SENT("status-update-sent"),
  SERVICE_RESTORED("service-restored"),
  MAJOR_CLOSED("major-closed"),
  /** A-3.2.3(1)4): the handler's written proposal when the resolution time is missed. */
  HANDLING_PROPOSAL("handling-proposal"),
  /** B-2.3.1 step 2: not a request within the service's scope; sent back with a reason, the ticket closes. */
  RETURNED("returned"),
  // on-site support (recorded by com.opsflow.onsite.OnsiteTicketRecorder)
  ONSITE_REQUESTED("onsite-requested"),
  ONSITE_DISPATCHED("onsite-dispatched"),
  ONSITE_RESTORE_BREACHED("onsite-restore-breached"),
  ONSITE_CONFIRMED("onsite-confirmed"),
  ONSITE_RECURRED("onsite-recurred"),
  ONSITE_CLOSED("onsite-closed"),
  // approval (decisions recorded by com.opsflow.approval.Approvals, the others by ApprovalTicketRecorder)
  APPROVAL_REQUESTED("approval-requested"),
  APPROVAL_APPROVED("approval-approved"),
  APPROVAL_REJECTED("approval-rejected"),
  APPROVAL_REWORK("approval-rework"),
  APPROVAL_OVERDUE("approval-overdue"),
  APPROVAL_CONCLUDED("approval-concluded"),
  // change (recorded by com.opsflow.change.Changes)
  CHANGE_ASSESSED("change-assessed"),
  CHANGE_CLASSIFIED("change-classified"),
  CHANGE_SCHEDULE_CONFLICT("change-schedule-conflict"),
  CHANGE_IMPLEMENTED("change-implemented"),
  CHANGE_ROLLED_BACK("change-rolled-back"),
  // releases (recorded by com.opsflow.release.ReleaseTicketRecorder)
  RELEASE_REGISTERED("release-registered"),
  RELEASE_WITHDRAWN("release-withdrawn"),
  RELEASE_REJECTED("release-rejected"),
  RELEASE_NOT_PUBLISHED("release-not-published"),
  RELEASE_ROLLED_BACK("release-rolled-back"),
  RELEASE_DEPLOYED("release-deployed"),
  RELEASE_CLOSED("release-closed"),
  // migrations (recorded by com.opsflow.migration.MigrationTicketRecorder)
  MIGRATION_REGISTERED("migration-registered"),
  MIGRATION_REJECTED("migration-rejected"),
  MIGRATION_SWITCHED_OVER("migration-switched-over"),
  MIGRATION_ROLLED_BACK("migration-rolled-back"),
  MIGRATION_CLOSED("migration-closed"),
  // complaints (recorded by com.opsflow.complaint.ComplaintTicketRecorder)
  COMPLAINT_ACCEPTED("complaint-accepted"),
  COMPLAINT_INVESTIGATED("complaint-investigated"),
  COMPLAINT_HANDLED("complaint-handled"),
  COMPLAINT_REOPENED("complaint-reopened"),
  COMPLAINT_CLOSED("complaint-closed"),
  // data maintenance (recorded by com.opsflow.datamaintenance)
  DM_COUNT_MISMATCH("dm-count-mismatch"),
  DM_REJECTED("dm-rejected"),
  DM_CLOSED("dm-closed");

  private final String code;

  TicketEvent(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  public static TicketEvent of(String code) {
    return Arrays.stream(values()).filter(e -> e.code.equals(code)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown ticket event '" + code + "'"));
  }
}
