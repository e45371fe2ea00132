package com.opsflow.evaluation;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code opsflow.scoring.invoice-sheet} → the {@link InvoiceSheet} bean, validated at startup. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InvoiceSheetConfiguration.Properties.class)
class InvoiceSheetConfiguration {

  /** The configured lines (code, label, max); none → {@link InvoiceSheet#DEFAULT}. */
  @ConfigurationProperties("opsflow.scoring")
  record Properties(List<InvoiceSheet.Line> invoiceSheet) {
  }

  @Bean
  InvoiceSheet invoiceSheet(Properties properties) {
    List<InvoiceSheet.Line> lines = properties.invoiceSheet();
    return lines == null || lines.isEmpty() ? InvoiceSheet.DEFAULT : new InvoiceSheet(lines);
  }
}
