package com.opsflow.change;

/** Statuses of a change in the change register. */
public final class ChangeStatus {

  public static final String REQUESTED = "requested";
  public static final String NOT_FEASIBLE = "not-feasible";
  public static final String PLANNED = "planned";
  public static final String APPROVED = "approved";
  public static final String REJECTED = "rejected";
  public static final String IMPLEMENTED = "implemented";
  public static final String ROLLED_BACK = "rolled-back";
  public static final String CLOSED = "closed";

  private ChangeStatus() {
  }
}
