// The UI language: Vietnamese first, English on request; remembered in localStorage and
// mirrored on <html lang>, which the API client reads to ask for messages in the same language.
import { type ReactNode, createContext, useCallback, useContext, useMemo, useState } from 'react';
import { type MessageKey, en, vi } from './messages.js';

export type Language = 'vi' | 'en';
export const languages: readonly Language[] = ['vi', 'en'];

const dictionaries: Record<Language, Record<MessageKey, string>> = { vi, en };
const STORAGE_KEY = 'haidang.language';

export type MessageParams = Record<string, string | number>;

export function translate(language: Language, key: MessageKey, params: MessageParams = {}): string {
  return dictionaries[language][key].replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  );
}

export const currentLanguage = (): Language => (document.documentElement.lang === 'en' ? 'en' : 'vi');

function applyLanguage(language: Language): Language {
  document.documentElement.lang = language;
  return language;
}

function storedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

interface I18n {
  language: Language;
  setLanguage: (language: Language) => void;
  t: (key: MessageKey, params?: MessageParams) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  // Applied before the first render so the first API requests already carry the language.
  const [language, setLanguageState] = useState(() => applyLanguage(storedLanguage()));

  const setLanguage = useCallback((next: Language) => {
    setLanguageState(applyLanguage(next));
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Storage may be off (private mode): the choice then lasts for this page only.
    }
  }, []);

  const value = useMemo<I18n>(
    () => ({ language, setLanguage, t: (key, params) => translate(language, key, params) }),
    [language, setLanguage],
  );
  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n() outside <I18nProvider>');
  return context;
}
