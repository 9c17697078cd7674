package org.dateline.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyLanguagePackTest {

  private static LanguagePack pack(String code, Pipeline pipeline) {
    return new LanguagePack() {
      @Override
      public String code() {
        return code;
      }

      @Override
      public Pipeline pipeline() {
        return pipeline;
      }
    };
  }

  @Test
  void loadsOnFirstUseAndOnlyOnce() {
    AtomicInteger loads = new AtomicInteger();
    Pipeline pipeline = Pipeline.builder().given(Layer.STRUCTURE, Layer.LANGUAGE).build();
    LazyLanguagePack lazy = new LazyLanguagePack("fr", () -> {
      loads.incrementAndGet();
      return pack("fr", pipeline);
    });
    assertThat(lazy.code()).isEqualTo("fr");
    assertThat(loads).hasValue(0);
    assertThat(lazy.pipeline()).isSameAs(pipeline);
    assertThat(lazy.pipeline()).isSameAs(pipeline);
    assertThat(loads).hasValue(1);
  }

  @Test
  void aResourceThatCannotBeReadIsNamedWithItsLanguage() {
    LazyLanguagePack lazy = new LazyLanguagePack("en", () -> {
      throw new IOException("ner-en.bin.gz: truncated");
    });
    assertThatThrownBy(lazy::pipeline).isInstanceOf(UncheckedIOException.class)
        .hasMessage("loading the 'en' pipeline: ner-en.bin.gz: truncated");
  }

  @Test
  void refusesALoaderThatGivesAnotherLanguage() {
    LazyLanguagePack lazy = new LazyLanguagePack("en", () -> pack("fr", Pipeline.builder().build()));
    assertThatThrownBy(lazy::pipeline).isInstanceOf(IllegalStateException.class).hasMessageContaining("'fr'");
  }
}
