package com.opsflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class OpsFlowApplication {

  public static void main(String[] args) {
    SpringApplication.run(OpsFlowApplication.class, args);
  }
}
