package com.opsflow.archive;

import static com.opsflow.archive.ArchiveChangeProcess.Element.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.opsflow.archive.ArchiveChangeProcess.Var;
import com.opsflow.archive.ArchiveRegister.Document;
import com.opsflow.archive.ArchiveRegister.NewDocument;
import com.opsflow.intake.ActionNotAllowedException;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.support.Acting;
import com.opsflow.support.ProcessDriver;
import com.opsflow.support.ScheduledOperationsProcessTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * B-2.4.6.2(3): changing an archived document needs the system owner's approval; the approver is not the requester
 * (read from the register, not from a variable); approved, the new version enters the archive and supersedes the old.
 */
@ScheduledOperationsProcessTest
class ArchiveChangeProcessTest {

  static final String REQUESTER = "demo-second-line";
  static final String OWNER = "demo-system-owner";

  @Autowired
  ProcessEngine engine;
  @Autowired
  ArchiveRegister register;
  ProcessDriver driver;

  @BeforeEach
  void setUp() {
    init(engine);
    driver = new ProcessDriver(engine);
  }

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
  }

  long archived(String title) {
    return register.receive("tips", new NewDocument(title, "技术文档", "V1.0", "电子版", null), null, REQUESTER,
        "demo-document-admin", null);
  }

  static Map<String, Object> request(long document) {
    Map<String, Object> v = new HashMap<>();
    v.put(Var.DOCUMENT, document);
    v.put(Var.KIND, "new-version");
    v.put(Var.NEW_TITLE, "税库银系统运维手册");
    v.put(Var.NEW_VERSION, "V2.0");
    v.put(Var.NEW_PAGES, "电子版 PDF 86页");
    v.put(Var.REASON, "补充新版前置机的部署步骤");
    return v;
  }

  @Test
  void shouldLetTheSystemOwnerApproveANewVersionThatSupersedesTheOldOne() {
    long old = archived("税库银系统运维手册");

    ProcessInstance change = driver.startAs(ArchiveChangeProcess.KEY, REQUESTER, "second-line", request(old));

    assertThat(change.getBusinessKey()).matches("ARX-\\d{8}-\\d{4}");
    BpmnAwareTests.assertThat(change).isWaitingAt(APPROVE);
    assertThat(engine.getTaskService().getIdentityLinksForTask(driver.task(change, APPROVE).getId()))
        .anyMatch(l -> "system-owner".equals(l.getGroupId()));
    assertThat(register.change(change.getBusinessKey()).orElseThrow().requestedBy()).isEqualTo(REQUESTER);
    driver.claimAndCompleteAs(change, APPROVE, OWNER, "system-owner", Var.DECISION, "approved");

    BpmnAwareTests.assertThat(change).hasPassed(APPLY, APPLIED).isEnded();
    ArchiveRegister.Change decided = register.change(change.getBusinessKey()).orElseThrow();
    assertThat(decided.status()).isEqualTo("approved");
    assertThat(decided.decidedBy()).isEqualTo(OWNER);
    Document superseded = register.document(old).orElseThrow();
    Document current = register.document(decided.newDocumentId()).orElseThrow();
    assertThat(superseded.status()).isEqualTo("superseded");
    assertThat(superseded.replacedById()).isEqualTo(current.id());
    assertThat(current.replacesId()).isEqualTo(old);
    assertThat(current.version()).isEqualTo("V2.0");
    assertThat(current.status()).isEqualTo("archived");
    assertThat(current.receivedBy()).isEqualTo(OWNER);

    Throwable again = catchThrowable(() -> driver.startAs(ArchiveChangeProcess.KEY, REQUESTER, "second-line",
        request(old)));
    assertThat(ArchiveLoanProcessTest.root(again)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(Var.DOCUMENT);
  }

  @Test
  void shouldNotLetTheRequesterApproveTheirOwnChangeEvenAsASystemOwner() {
    long old = archived("税库银前置机配置说明");
    ProcessInstance change = Acting.as(engine.getIdentityService(), "owner-and-keeper",
        List.of("system-owner", "document-admin"), () -> engine.getRuntimeService()
            .createProcessInstanceByKey(ArchiveChangeProcess.KEY).setVariables(request(old)).execute());
    Map<String, Object> rewritten = new HashMap<>();
    rewritten.put("requestedBy", "someone-else");
    engine.getRuntimeService().setVariables(change.getId(), rewritten);

    ProcessInstance own = change;
    Throwable refused = catchThrowable(() -> driver.claimAndCompleteAs(own, APPROVE, "owner-and-keeper",
        "system-owner", Var.DECISION, "approved"));

    assertThat(rootNotAllowed(refused)).isInstanceOf(ActionNotAllowedException.class);
    BpmnAwareTests.assertThat(change).isWaitingAt(APPROVE);
    engine.getTaskService().setAssignee(driver.task(change, APPROVE).getId(), null);
    driver.claimAndCompleteAs(change, APPROVE, OWNER, "system-owner", Var.DECISION, "approved");
    BpmnAwareTests.assertThat(change).isEnded();
  }

  @Test
  void shouldRecordARejectionWithItsReasonAndKeepTheOldDocument() {
    long old = archived("税库银对账规则");
    ProcessInstance change = driver.startAs(ArchiveChangeProcess.KEY, REQUESTER, "second-line", request(old));

    Throwable noReason = catchThrowable(() -> driver.claimAndCompleteAs(change, APPROVE, OWNER, "system-owner",
        Var.DECISION, "rejected"));
    assertThat(ArchiveLoanProcessTest.root(noReason)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(Var.DECISION_NOTE);
    driver.claimAndCompleteAs(change, APPROVE, OWNER, "system-owner", Var.DECISION, "rejected", Var.DECISION_NOTE,
        "修改内容未经测试确认");

    BpmnAwareTests.assertThat(change).hasPassed(REJECT, REJECTED).isEnded();
    assertThat(register.change(change.getBusinessKey()).orElseThrow().status()).isEqualTo("rejected");
    assertThat(register.document(old).orElseThrow().status()).isEqualTo("archived");
  }

  @Test
  void shouldRefuseARequestWithoutAKindOrForAnUnknownDocument() {
    Map<String, Object> noKind = request(archived("税库银日终流程"));
    noKind.put(Var.KIND, "edit");
    assertThat(ArchiveLoanProcessTest.root(catchThrowable(() -> driver.startAs(ArchiveChangeProcess.KEY, REQUESTER,
        "second-line", noKind)))).isInstanceOf(InvalidInputException.class).hasMessageContaining(Var.KIND);
    assertThat(ArchiveLoanProcessTest.root(catchThrowable(() -> driver.startAs(ArchiveChangeProcess.KEY, REQUESTER,
        "second-line", request(999_998))))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(Var.DOCUMENT);
  }

  static Throwable rootNotAllowed(Throwable t) {
    Throwable r = t;
    while (r != null && !(r instanceof ActionNotAllowedException) && r.getCause() != null && r.getCause() != r) {
      r = r.getCause();
    }
    return r;
  }
}
