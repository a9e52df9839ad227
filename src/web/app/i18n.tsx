// The UI language: Vietnamese first, English on request; remembered in localStorage and
// mirrored on <html lang>, which the API client reads to ask for messages in the same language.
// English's messages are a chunk of their own, fetched when English is first wanted.
import { type ReactNode, createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { type MessageKey, vi } from './messages.js';

export type Language = 'vi' | 'en';
export const languages: readonly Language[] = ['vi', 'en'];

type Dictionary = Record<MessageKey, string>;
const dictionaries: Partial<Record<Language, Dictionary>> = { vi };
let englishRequest: Promise<Dictionary> | undefined;
const STORAGE_KEY = 'haidang.language';

function loadDictionary(language: Language): Promise<Dictionary> {
  if (language === 'vi') return Promise.resolve(vi);
  englishRequest ??= import('./messages-en.js').then(
    (module) => (dictionaries.en = module.en),
    (error: unknown) => {
      englishRequest = undefined;
      throw error;
    },
  );
  return englishRequest;
}

export type MessageParams = Record<string, string | number>;

export function translate(language: Language, key: MessageKey, params: MessageParams = {}): string {
  // Vietnamese stands in only in the moment before English's messages have arrived.
  return (dictionaries[language] ?? vi)[key].replace(/\{(\w+)\}/g, (placeholder, name: string) =>
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
  // A stored choice of English shows nothing until English's messages are here (a moment), not Vietnamese first.
  const [ready, setReady] = useState(() => dictionaries[language] !== undefined);
  const wanted = useRef(language);

  useEffect(() => {
    if (ready) return;
    let current = true;
    loadDictionary(language).then(
      () => current && setReady(true),
      (error: unknown) => {
        // Without English's messages (offline), the app still works in Vietnamese.
        console.error(error);
        if (!current) return;
        wanted.current = 'vi';
        setLanguageState(applyLanguage('vi'));
        setReady(true);
      },
    );
    return () => {
      current = false;
    };
  }, [language, ready]);

  const setLanguage = useCallback((next: Language) => {
    wanted.current = next;
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Storage may be off (private mode): the choice then lasts for this page only.
    }
    if (dictionaries[next]) {
      setLanguageState(applyLanguage(next));
      return;
    }
    // The screen keeps its language until the chosen one's messages have arrived; the last choice wins.
    loadDictionary(next).then(
      () => wanted.current === next && setLanguageState(applyLanguage(next)),
      (error: unknown) => console.error(error),
    );
  }, []);

  const value = useMemo<I18n>(
    () => ({ language, setLanguage, t: (key, params) => translate(language, key, params) }),
    [language, setLanguage],
  );
  return <I18nContext value={value}>{ready ? children : null}</I18nContext>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n() outside <I18nProvider>');
  return context;
}
