package com.opsflow.knowledge;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The search terms of a text, without a word segmenter: Chinese runs become overlapping character
 * bigrams (a one-character run stays itself), runs of letters and digits become lower-case words.
 * "电子缴款书打印失败" → 电子, 子缴, 缴款, 款书, 书打, 打印, 印失, 失败; a query "缴款书" → 缴款, 款书.
 */
final class Grams {

  static final int MAX_GRAM_LENGTH = 40;

  private Grams() {
  }

  /** Term → number of occurrences, in order of first occurrence. */
  static Map<String, Integer> of(String text) {
    Map<String, Integer> grams = new LinkedHashMap<>();
    if (text == null) {
      return grams;
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    int i = 0;
    while (i < s.length()) {
      int c = s.codePointAt(i);
      if (isHan(c)) {
        int start = i;
        while (i < s.length() && isHan(s.codePointAt(i))) {
          i += Character.charCount(s.codePointAt(i));
        }
        String run = s.substring(start, i);
        int[] cps = run.codePoints().toArray();
        if (cps.length == 1) {
          add(grams, run);
        }
        for (int k = 0; k + 1 < cps.length; k++) {
          add(grams, new String(cps, k, 2));
        }
      } else if (Character.isLetterOrDigit(c)) {
        int start = i;
        while (i < s.length() && Character.isLetterOrDigit(s.codePointAt(i)) && !isHan(s.codePointAt(i))) {
          i += Character.charCount(s.codePointAt(i));
        }
        String word = s.substring(start, i);
        add(grams, word.length() > MAX_GRAM_LENGTH ? word.substring(0, MAX_GRAM_LENGTH) : word);
      } else {
        i += Character.charCount(c);
      }
    }
    return grams;
  }

  private static void add(Map<String, Integer> grams, String gram) {
    grams.merge(gram, 1, Integer::sum);
  }

  private static boolean isHan(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }
}
