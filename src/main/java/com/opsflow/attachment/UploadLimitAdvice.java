package com.opsflow.attachment;

import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A request larger than the servlet's multipart limit (spring.servlet.multipart.*, set above opsflow.attachments
 * .max-size) is refused before any controller runs; it gets the same Chinese 400 as a file over the policy's limit.
 */
@RestControllerAdvice
class UploadLimitAdvice {

  /** Lazily: web slices of other features' tests (@WebMvcTest) load this advice without the attachment settings. */
  private final ObjectProvider<AttachmentProperties> properties;

  UploadLimitAdvice(ObjectProvider<AttachmentProperties> properties) {
    this.properties = properties;
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<Map<String, String>> tooLarge(MaxUploadSizeExceededException e) {
    return ResponseEntity.badRequest().body(Map.of("error", "bad-request", "field", AttachmentPolicy.FIELD,
        "message", "文件超过上限 " + AttachmentPolicy.size(properties.getObject().maxSize().toBytes())
            + "，请压缩或截取后再上传 / the file is too large"));
  }
}
