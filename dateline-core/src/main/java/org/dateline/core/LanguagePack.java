package org.dateline.core;

/**
 * What a language module provides: its ISO 639-1 code and the pipeline that annotates documents in
 * that language, expecting {@link Layer#STRUCTURE} and {@link Layer#LANGUAGE} on input.
 */
public interface LanguagePack {

  String code();

  Pipeline pipeline();
}
