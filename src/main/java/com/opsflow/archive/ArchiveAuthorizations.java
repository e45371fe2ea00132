package com.opsflow.archive;

import static com.opsflow.security.Grant.follow;
import static com.opsflow.security.Grant.startAndFollow;
import static com.opsflow.security.OpsFlowGroups.DOCUMENT_ADMIN;
import static com.opsflow.security.OpsFlowGroups.SECOND_LINE;
import static com.opsflow.security.OpsFlowGroups.SERVICE_DESK;

import com.opsflow.security.AuthorizationContributor;
import com.opsflow.security.Grant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The technical archive (B-2.4.6.3): the systems' document keepers (second line) hand in the week's documents and
 * may start a hand-in by hand; support staff borrow documents (档案借阅单); second line and the document administrator
 * ask to change archived documents, which the system owner approves by candidate group. The document administrator
 * (文档综合管理岗) works the reviews, loans and returns and follows all three.
 */
@Component
class ArchiveAuthorizations implements AuthorizationContributor {

  @Override
  public List<Grant> grants() {
    List<Grant> grants = new ArrayList<>();
    grants.add(startAndFollow(SECOND_LINE, ArchiveProcess.KEY));
    grants.addAll(Grant.startedBy(ArchiveLoanProcess.KEY, List.of(SERVICE_DESK, SECOND_LINE, DOCUMENT_ADMIN)));
    for (String group : List.of(SECOND_LINE, DOCUMENT_ADMIN)) {
      grants.add(startAndFollow(group, ArchiveChangeProcess.KEY));
    }
    grants.add(follow(DOCUMENT_ADMIN, ArchiveProcess.KEY));
    return grants;
  }
}
