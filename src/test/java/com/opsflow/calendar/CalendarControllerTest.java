package com.opsflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * The MVC slice without the Camunda engine: the engine's own {@link IdentityServiceImpl} keeps the
 * current authentication in a thread local and needs no engine for that, so the test sets it the way
 * the authentication filter does. The service runs on an in-memory calendar.
 */
@WebMvcTest(CalendarController.class)
class CalendarControllerTest {

  private static final Instant NOW = Instant.parse("2026-01-05T02:00:00Z");

  @TestConfiguration
  static class Beans {

    @Bean
    IdentityService identityService() {
      return new IdentityServiceImpl();
    }

    @Bean
    InMemoryCalendarDayStore store() {
      return InMemoryCalendarDayStore.with2026Schedule();
    }

    @Bean
    BusinessCalendarService businessCalendarService(InMemoryCalendarDayStore store) {
      return new BusinessCalendarService(
          new CalendarProperties(ZoneId.of("Asia/Shanghai"), "08:30-17:30", null),
          store,
          Clock.fixed(NOW, ZoneOffset.UTC));
    }
  }

  @Autowired MockMvc mvc;
  @Autowired IdentityService identityService;
  @Autowired InMemoryCalendarDayStore store;
  @Autowired BusinessCalendarService calendar;

  @BeforeEach
  void resetCalendar() {
    // the context, and so the store, is shared by all tests of this class
    store.reset2026Schedule();
    calendar.refresh();
  }

  @AfterEach
  void clearAuthentication() {
    identityService.clearAuthentication();
  }

  @Test
  void shouldListTheDaysOfAYearToAnyAuthenticatedUser() throws Exception {
    loginAs("desk1", "service-desk");

    mvc.perform(get("/api/calendar/days").param("year", "2026"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(39))
        .andExpect(jsonPath("$[0].day").value("2026-01-01"))
        .andExpect(jsonPath("$[0].type").value("HOLIDAY"))
        .andExpect(jsonPath("$[0].name").value("元旦"))
        .andExpect(jsonPath("$[0].updatedBy").value("test"));
  }

  @Test
  void shouldAnswer401WithoutAuthentication() throws Exception {
    mvc.perform(get("/api/calendar/days").param("year", "2026"))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.error").value("unauthorized"));
  }

  @Test
  void shouldLetBureauItSaveADay() throws Exception {
    loginAs("it-admin", "bureau-it");

    mvc.perform(
            put("/api/calendar/days/2026-03-16")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\":\"HOLIDAY\",\"name\":\"春节\"}"))
        .andExpect(status().isOk())
        .andExpect(
            content().json("""
                {"day":"2026-03-16","type":"HOLIDAY","name":"春节","updatedBy":"it-admin","updatedAt":"2026-01-05T02:00:00Z"}
                """, true));
    assertThat(store.findBetween(LocalDate.parse("2026-03-16"), LocalDate.parse("2026-03-16")))
        .extracting(CalendarDay::updatedBy)
        .containsExactly("it-admin");
  }

  @Test
  void shouldLetCamundaAdminDeleteADay() throws Exception {
    loginAs("admin", "camunda-admin");

    mvc.perform(delete("/api/calendar/days/2026-02-28")).andExpect(status().isNoContent());
    mvc.perform(delete("/api/calendar/days/2026-02-28"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.error").value("not-found"));
  }

  @Test
  void shouldForbidChangesByOtherGroupsBeforeReadingTheBody() throws Exception {
    loginAs("desk1", "service-desk", "second-line");

    mvc.perform(
            put("/api/calendar/days/2026-03-16").contentType(MediaType.APPLICATION_JSON).content("not json"))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.error").value("forbidden"))
        .andExpect(jsonPath("$.message").value(containsString("bureau-it")));
    mvc.perform(delete("/api/calendar/days/2026-02-28")).andExpect(status().isForbidden());
    assertThat(store.findBetween(LocalDate.parse("2026-02-28"), LocalDate.parse("2026-02-28"))).hasSize(1);
  }

  @Test
  void shouldNameTheFieldOfABadRequest() throws Exception {
    loginAs("it-admin", "bureau-it");

    expectBadRequest(put("/api/calendar/days/2026-13-01").contentType(MediaType.APPLICATION_JSON)
        .content("{\"type\":\"HOLIDAY\"}"), "date");
    expectBadRequest(put("/api/calendar/days/2026-03-16").contentType(MediaType.APPLICATION_JSON)
        .content("{\"type\":\"HALFDAY\"}"), "type");
    expectBadRequest(put("/api/calendar/days/2026-03-16").contentType(MediaType.APPLICATION_JSON)
        .content("{\"name\":\"春节\"}"), "type");
    expectBadRequest(put("/api/calendar/days/2026-03-16").contentType(MediaType.APPLICATION_JSON)
        .content("{\"type\":\"HOLIDAY\",\"name\":\"" + "节".repeat(101) + "\"}"), "name");
    expectBadRequest(put("/api/calendar/days/2026-03-16").contentType(MediaType.APPLICATION_JSON), "body");
    expectBadRequest(get("/api/calendar/days"), "year");
    expectBadRequest(get("/api/calendar/days").param("year", "twenty"), "year");
    expectBadRequest(get("/api/calendar/due").param("system", "tips").param("minutes", "30"), "start");
    expectBadRequest(
        get("/api/calendar/due").param("system", "tips").param("start", "yesterday").param("minutes", "30"), "start");
  }

  @Test
  void shouldComputeTheDueTimeInTheCalendarZone() throws Exception {
    loginAs("desk1", "service-desk");

    // '+' sent unencoded arrives as a space and is still understood
    mvc.perform(
            get("/api/calendar/due?system=tips&importantPeriod=false&start=2026-02-13T09:00:00+08:00&minutes=180"))
        .andExpect(status().isOk())
        .andExpect(content().json("{\"due\":\"2026-02-13T12:00:00+08:00\"}", true));
    mvc.perform(
            get("/api/calendar/due")
                .param("system", "tips")
                .param("start", "2026-02-13T08:00:00Z")
                .param("minutes", "180"))
        .andExpect(jsonPath("$.due").value("2026-02-14T10:00:00+08:00"));
    mvc.perform(
            get("/api/calendar/due")
                .param("system", "tips")
                .param("importantPeriod", "true")
                .param("start", "2026-02-13T16:00:00+08:00")
                .param("minutes", "180"))
        .andExpect(jsonPath("$.due").value("2026-02-13T19:00:00+08:00"));
  }

  private void expectBadRequest(
      RequestBuilder request, String field) throws Exception {
    mvc.perform(request)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.error").value("bad-request"))
        .andExpect(jsonPath("$.message").value(containsString(field)));
  }

  private void loginAs(String userId, String... groups) {
    identityService.setAuthentication(userId, List.of(groups));
  }
}
