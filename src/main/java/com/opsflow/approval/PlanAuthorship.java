package com.opsflow.approval;

import com.opsflow.worklog.CompletedTasks;

/**
 * A process that hands plans to {@code approval} names the user task in which its plan is written. The
 * approval's four-eyes rule takes the plan's author from who completed that task ({@link CompletedTasks}),
 * never from a variable alone.
 */
public interface PlanAuthorship {

  CompletedTasks.Step planStep();
}
