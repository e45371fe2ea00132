package com.opsflow.engine;

import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * One process variable, typed (issue 11; the camunda-bpm-data idea): its name and how its stored value becomes a
 * {@code T}, declared once beside the process's other constants and used by adapters instead of a cast at every read.
 * Numbers are widened or narrowed as the engine stores them (a form's number arrives as Long, a model's expression
 * may give Integer); a value of another kind fails naming the variable.
 *
 * <pre>{@code
 * static final Variable<Long> EXPECTED_RECORDS = Variable.longValue("expectedRecords");
 * long expected = EXPECTED_RECORDS.require(task);
 * EXPECTED_RECORDS.set(task, expected);
 * }</pre>
 */
public final class Variable<T> {

  private final String name;
  private final String kind;
  private final Function<Object, T> convert;

  private Variable(String name, String kind, Function<Object, T> convert) {
    this.name = Objects.requireNonNull(name, "name");
    this.kind = kind;
    this.convert = convert;
  }

  /** A text variable; any stored value is not converted (a number is an error, not its digits). */
  public static Variable<String> string(String name) {
    return new Variable<>(name, "String", value -> value instanceof String s ? s : null);
  }

  public static Variable<Long> longValue(String name) {
    return new Variable<>(name, "Long", value -> value instanceof Number n && integral(n) ? n.longValue() : null);
  }

  public static Variable<Integer> integer(String name) {
    return new Variable<>(name, "Integer", value -> value instanceof Number n && integral(n)
        && n.longValue() == n.intValue() ? n.intValue() : null);
  }

  public static Variable<Boolean> bool(String name) {
    return new Variable<>(name, "Boolean", value -> value instanceof Boolean b ? b : null);
  }

  public static Variable<Date> date(String name) {
    return new Variable<>(name, "Date", value -> value instanceof Date d ? d : null);
  }

  /** A variable of any other Java type the engine stores as such (an enum's name is a {@link #string}). */
  public static <T> Variable<T> of(String name, Class<T> type) {
    return new Variable<>(name, type.getSimpleName(), value -> type.isInstance(value) ? type.cast(value) : null);
  }

  public String name() {
    return name;
  }

  /** The value in {@code scope} (its own or inherited), or null when the variable is not set or null. */
  public T get(VariableScope scope) {
    return convert(scope.getVariable(name));
  }

  /** The value set on {@code scope} itself (a task's or an activity's local variable), or null. */
  public T getLocal(VariableScope scope) {
    return convert(scope.getVariableLocal(name));
  }

  public Optional<T> find(VariableScope scope) {
    return Optional.ofNullable(get(scope));
  }

  /** The value, which the model guarantees: its absence is a modelling error, not the user's. */
  public T require(VariableScope scope) {
    T value = get(scope);
    if (value == null) {
      throw new IllegalStateException("Process variable '" + name + "' is not set");
    }
    return value;
  }

  /** The value in a variable map (a form submission, a REST body, {@code getVariables()}), or null. */
  public T from(Map<String, ?> variables) {
    return variables == null ? null : convert(variables.get(name));
  }

  public void set(VariableScope scope, T value) {
    scope.setVariable(name, value);
  }

  public void setLocal(VariableScope scope, T value) {
    scope.setVariableLocal(name, value);
  }

  /** Puts the value into a map of variables that will start a process or complete a task. */
  public Map<String, Object> put(Map<String, Object> variables, T value) {
    variables.put(name, value);
    return variables;
  }

  private T convert(Object value) {
    if (value == null) {
      return null;
    }
    T converted = convert.apply(value);
    if (converted == null) {
      throw new IllegalStateException("Process variable '" + name + "' holds a " + value.getClass().getSimpleName()
          + " where a " + kind + " is expected: " + value);
    }
    return converted;
  }

  private static boolean integral(Number n) {
    return n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte
        || n.doubleValue() == Math.rint(n.doubleValue());
  }

  @Override
  public String toString() {
    return name + ":" + kind;
  }
}
