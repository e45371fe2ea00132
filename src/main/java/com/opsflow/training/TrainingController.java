package com.opsflow.training;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A training with its trainees and every exam result, for whoever may read the training's process
 * instance (the engine's authorizations decide; others get 404 as for an unknown number).
 */
@RestController
@RequestMapping("/api/trainings")
class TrainingController {

  private final TrainingRegister register;
  private final HistoryService history;

  TrainingController(TrainingRegister register, HistoryService history) {
    this.register = register;
    this.history = history;
  }

  @GetMapping("/{number}")
  Map<String, Object> training(@PathVariable String number) {
    TrainingRegister.Training t = register.find(number)
        .filter(x -> history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(number)
            .processDefinitionKey(TrainingProcess.KEY).count() > 0)
        .orElseThrow(() -> new NoSuchElementException("没有培训 " + number + " / no training " + number));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("trainingNumber", t.number());
    body.put("system", t.system());
    body.put("topic", t.topic());
    body.put("trainingAt", t.trainingAt().toString());
    body.put("place", t.place());
    body.put("teacher", t.teacher());
    body.put("material", t.material());
    body.put("passMark", t.passMark());
    body.put("status", t.status());
    body.put("rounds", t.rounds());
    body.put("passRate", t.passRate());
    body.put("trainees", register.trainees(number));
    body.put("results", register.results(number));
    return body;
  }
}
