import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import type { LanguageSetting, Me } from "../../domain/auth.js";
import type { Language } from "../../domain/validation.js";
import { ApiError, api, setCsrfToken, setUnauthorizedHandler } from "../api/client.js";
import { changeLanguage } from "../i18n/i18n.js";

interface AuthState {
  /** undefined while the session is being checked; null when signed out. */
  me: Me | null | undefined;
  login: (email: string, password: string) => Promise<Me>;
  /** Takes a session the server has just opened in another way (a password chosen from an invitation). */
  adopt: (me: Me) => void;
  logout: () => Promise<void>;
  /** Switches the language; for a signed-in person it is also saved, so notifications and e-mails follow it. */
  setLanguage: (language: Language) => Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

/** The session check sent when the script starts, before React renders (see `checkSessionEarly`). */
let earlyCheck: Promise<Me> | undefined;
/** Its answer once it has come: the person, or null when signed out (not set when the check failed otherwise). */
let earlyAnswer: { me: Me | null } | undefined;

/**
 * Asks who is signed in as soon as the script runs, in parallel with the first page's chunk and texts,
 * instead of after the first render: on a phone's slow network that is a round trip less before the
 * page can show (issue 17). The provider takes this answer once; later checks ask again. The returned
 * promise settles with the answer (never rejects): main.tsx waits for it, so that the first render
 * already knows who is signed in instead of rendering the header and a spinner once more (issue 17).
 */
export function checkSessionEarly(): Promise<void> {
  earlyCheck = api.get<Me>("/api/me");
  return earlyCheck.then(
    (me) => {
      earlyAnswer = { me };
    },
    (error: unknown) => {
      // Handled by the provider; a 401 is simply «signed out».
      if (error instanceof ApiError && error.status === 401) {
        earlyAnswer = { me: null };
      }
    },
  );
}

export function AuthProvider({ children }: { children: ReactNode }) {
  // The early answer when it came before the first render; the effect below then only confirms it.
  const [me, setMe] = useState<Me | null | undefined>(() => {
    if (earlyAnswer) {
      setCsrfToken(earlyAnswer.me?.csrfToken ?? null);
    }
    return earlyAnswer?.me;
  });

  const signIn = useCallback((value: Me | null) => {
    setCsrfToken(value?.csrfToken ?? null);
    setMe(value);
    // The person's saved language wins over the one this browser last used.
    if (value) {
      void changeLanguage(value.language);
    }
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    const check = earlyCheck ?? api.get<Me>("/api/me", controller.signal);
    earlyCheck = undefined;
    earlyAnswer = undefined;
    check.then(
      (value) => {
        if (!controller.signal.aborted) {
          signIn(value);
        }
      },
      (error: unknown) => {
        if (!controller.signal.aborted) {
          signIn(null);
          if (!(error instanceof ApiError) || error.status !== 401) {
            console.error(error);
          }
        }
      },
    );
    setUnauthorizedHandler(() => signIn(null));
    return () => {
      controller.abort();
      setUnauthorizedHandler(null);
    };
  }, [signIn]);

  const login = useCallback(
    async (email: string, password: string) => {
      const value = await api.post<Me>("/api/auth/login", { email, password });
      signIn(value);
      return value;
    },
    [signIn],
  );

  const logout = useCallback(async () => {
    try {
      await api.post<void>("/api/auth/logout");
    } finally {
      signIn(null);
    }
  }, [signIn]);

  const setLanguage = useCallback(
    async (language: Language) => {
      await changeLanguage(language);
      if (me) {
        const saved = await api.put<LanguageSetting>("/api/me/language", { language });
        setMe({ ...me, language: saved.language });
      }
    },
    [me],
  );

  const value = useMemo(
    () => ({ me, login, adopt: signIn, logout, setLanguage }),
    [me, login, signIn, logout, setLanguage],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const value = useContext(AuthContext);
  if (!value) {
    throw new Error("useAuth must be used inside <AuthProvider>");
  }
  return value;
}

/** The signed-in user; only for pages behind <RequireAuth>. */
export function useMe(): Me {
  const { me } = useAuth();
  if (!me) {
    throw new Error("useMe used on a page without a signed-in user");
  }
  return me;
}
