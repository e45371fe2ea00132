package com.opsflow.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The naming rule of docs/naming.md, checked on every model, form, mail template, decision and migration. */
class NamingRuleTest {

  private static final Pattern PROCESS = Pattern.compile("<bpmn:process id=\"([^\"]+)\"");
  private static final Pattern FORM_REF = Pattern.compile("camunda:formRef=\"([^\"]+)\"");
  private static final Pattern MAIL = Pattern.compile("name=\"notificationTemplate\">([^<$]+)<");
  private static final Pattern KEY = Pattern.compile("String [A-Z_]*KEY = \"([a-z-]+)\";");

  @Test
  void shouldNameFormsAndMailsOfAProcessAfterItsProcessIdOrItsFeaturePackage() throws IOException {
    Map<String, String> packageOfProcess = packagesByProcessKey();
    List<String> wrong = new ArrayList<>();
    for (Path bpmn : files("processes", ".bpmn")) {
      String xml = Files.readString(bpmn);
      Matcher process = PROCESS.matcher(xml);
      assertThat(process.find()).as(bpmn.toString()).isTrue();
      String id = process.group(1);
      assertThat(bpmn.getFileName().toString()).as("file of process %s", id).isEqualTo(id + ".bpmn");
      assertThat(id).as("process id").matches("[a-z]+(-[a-z]+)*");
      String feature = packageOfProcess.get(id);
      assertThat(feature).as("the feature package declaring KEY = \"%s\"", id).isNotNull();
      for (Pattern named : List.of(FORM_REF, MAIL)) {
        Matcher m = named.matcher(xml);
        while (m.find()) {
          String name = m.group(1).strip();
          boolean ok = name.startsWith(id + "-") || name.replace("-", "").startsWith(feature);
          if (!ok) {
            wrong.add(bpmn.getFileName() + ": " + name + " (prefix " + id + "- or com.opsflow." + feature + ")");
          }
        }
      }
    }
    assertThat(wrong).as("forms and mail templates named against docs/naming.md").isEmpty();
  }

  @Test
  void shouldGiveFormsDecisionsAndMigrationsTheNameTheirFileHas() throws IOException {
    for (Path form : files("forms", ".form")) {
      String name = form.getFileName().toString().replace(".form", "");
      assertThat(name).matches("[a-z0-9]+(-[a-z0-9]+)*");
      assertThat(Files.readString(form)).as(form.toString()).contains("\"id\": \"" + name + "\"");
    }
    for (Path dmn : files("decisions", ".dmn")) {
      String name = dmn.getFileName().toString().replace(".dmn", "");
      assertThat(Files.readString(dmn)).as(dmn.toString()).contains("<decision id=\"" + name + "\"");
    }
    for (Path template : files("src/main/resources/mail", ".txt")) {
      assertThat(template.getFileName().toString()).matches("[a-z0-9]+(-[a-z0-9]+)*\\.txt");
    }
    for (Path migration : files("src/main/resources/db/migration", ".sql")) {
      assertThat(migration.getFileName().toString()).matches("V\\d+__[a-z0-9]+(_[a-z0-9]+)*\\.sql");
    }
  }

  /** The last segment of the package of each constants class declaring a process key ({@code KEY}, {@code SCHEDULE_KEY}). */
  private static Map<String, String> packagesByProcessKey() throws IOException {
    Map<String, String> packages = new HashMap<>();
    Path root = Path.of("src/main/java/com/opsflow");
    try (Stream<Path> sources = Files.walk(root)) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher key = KEY.matcher(Files.readString(source));
        while (key.find()) {
          packages.put(key.group(1), source.getParent().getFileName().toString());
        }
      }
    }
    return packages;
  }

  private static List<Path> files(String dir, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(Path.of(dir))) {
      return files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }
}
