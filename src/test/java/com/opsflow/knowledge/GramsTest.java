package com.opsflow.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GramsTest {

  @Test
  void shouldCutChineseIntoOverlappingBigrams() {
    assertThat(Grams.of("电子缴款书打印失败").keySet())
        .containsExactly("电子", "子缴", "缴款", "款书", "书打", "打印", "印失", "失败");
    assertThat(Grams.of("缴款书").keySet()).containsExactly("缴款", "款书");
  }

  @Test
  void shouldKeepLatinWordsWholeLowerCasedAndCountRepeats() {
    assertThat(Grams.of("TIPS 回执，TIPS报文").keySet()).containsExactly("tips", "回执", "报文");
    assertThat(Grams.of("TIPS 回执，TIPS报文")).containsEntry("tips", 2);
  }

  @Test
  void shouldKeepASingleChineseCharacterAndSkipPunctuation() {
    assertThat(Grams.of("卡，（慢）！").keySet()).containsExactly("卡", "慢");
    assertThat(Grams.of("  ，。")).isEmpty();
    assertThat(Grams.of(null)).isEmpty();
  }

  @Test
  void shouldTreatFullWidthLettersAsTheirHalfWidthForms() {
    assertThat(Grams.of("ＯＡ系统").keySet()).containsExactly("oa", "系统");
  }
}
