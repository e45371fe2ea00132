package com.opsflow.attachment;

import static com.opsflow.security.OpsFlowGroups.SERVICE_DESK;
import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.RestClient;
import com.opsflow.support.WebappSession;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

/**
 * docs/adr/0011 §5: a file over the servlet's multipart limit never reaches the controller; UploadLimitAdvice answers
 * it with the same Chinese 400 as a file over the policy's limit. Small limits of its own (1 MB servlet, 512 KB policy)
 * and a draft-hours figure that is not the default, on an H2 database of its own (a context of its own).
 */
@OpsFlowIntegrationTest
@TestPropertySource(properties = {
    "spring.servlet.multipart.max-file-size=1MB",
    "spring.servlet.multipart.max-request-size=1MB",
    "opsflow.attachments.max-size=512KB",
    "opsflow.attachments.draft-hours=48",
    "opsflow.test.own-datasource=true",
    "spring.datasource.url=jdbc:h2:mem:opsflow-upload-limit;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=30000"})
class AttachmentUploadLimitTest {

  @Autowired
  TestRestTemplate http;

  @Test
  void shouldAnswerAFileOverTheServletLimitWithTheChineseReasonAndKeepNothing() {
    ResponseEntity<Map<String, Object>> answer = uploadDraft("大截图.png", 1536 * 1024);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).containsEntry("field", "file")
        .containsEntry("message", "文件超过上限 512.0 KB，请压缩或截取后再上传 / the file is too large");
    assertThat(RestClient.demo(http, SERVICE_DESK).getList("/api/attachment-drafts").getBody()).isEmpty();
  }

  @Test
  void shouldAnswerAFileBetweenThePolicyAndTheServletLimitWithThePolicysChineseReason() {
    ResponseEntity<Map<String, Object>> answer = uploadDraft("截图.png", 600 * 1024);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) answer.getBody().get("message")).contains("超过上限 512.0 KB");
    assertThat(RestClient.demo(http, SERVICE_DESK).getList("/api/attachment-drafts").getBody()).isEmpty();
  }

  @Test
  void shouldTellThePageTheConfiguredDraftHours() {
    ResponseEntity<Map<String, Object>> terms = RestClient.demo(http, SERVICE_DESK).get("/api/attachment-drafts/terms");

    assertThat(terms.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(terms.getBody()).containsEntry("draftHours", 48).containsEntry("maxDraftsPerUser", 10);
  }

  private ResponseEntity<Map<String, Object>> uploadDraft(String fileName, int size) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("demo-" + SERVICE_DESK, "demo");
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    byte[] content = Arrays.copyOf(TestFiles.png(), size);
    return http.exchange("/api/attachment-drafts", HttpMethod.POST,
        new HttpEntity<>(WebappSession.file(fileName, content), headers),
        new ParameterizedTypeReference<Map<String, Object>>() { });
  }
}
