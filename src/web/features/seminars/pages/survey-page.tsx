import { useState, type FormEvent } from "react";
import { useParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { SurveyLinkView } from "../../../../domain/seminars/survey-views.js";
import { api, ApiError } from "../../../api/client.js";
import { useApi } from "../../../api/use-api.js";
import { Alert } from "../../../components/alert.js";
import { ErrorState } from "../../../components/error-state.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";
import { AnswerFields, answerErrors, type Answers } from "../components/answer-fields.js";
import { errorText } from "../shared.js";

/** Public, from the mail's personal link: the evaluation or the follow-up, answered once and anonymously. */
export function SurveyPage() {
  const { t, i18n } = useTranslation("seminars");
  const { token = "" } = useParams();
  const survey = useApi<SurveyLinkView>(`/api/seminar-surveys/${token}?lang=${i18n.language}`);
  const [answers, setAnswers] = useState<Answers>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [isDone, setIsDone] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const data = survey.data;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setIsBusy(true);
    setError(null);
    setErrors({});
    try {
      await api.post<SurveyLinkView>(`/api/seminar-surveys/${token}`, { answers });
      setIsDone(true);
    } catch (caught) {
      setErrors(caught instanceof ApiError ? answerErrors(caught.fields) : {});
      setError(errorText(caught));
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <>
      <PageHeading title={data ? data.form.title : t("survey.title")} />
      {!data && survey.isLoading ? <Loading /> : null}
      {!data && survey.error ? <ErrorState error={survey.error} onRetry={survey.reload} /> : null}
      {data ? (
        <>
          <p className="seminar-survey-about">{t("survey.about", { title: data.seminar.title })}</p>
          {isDone ? (
            <Alert variant="success" live>
              <p>{t("survey.thanks")}</p>
            </Alert>
          ) : data.isAnswered ? (
            <Alert variant="info">
              <p>{t("survey.answered")}</p>
            </Alert>
          ) : (
            <form onSubmit={(event) => void submit(event)} className="seminar-survey-form">
              <p className="text-muted">{t("survey.anonymous")}</p>
              {error ? (
                <Alert variant="error" live>
                  <p>{error}</p>
                </Alert>
              ) : null}
              <AnswerFields
                form={data.form}
                idPrefix="survey"
                answers={answers}
                errors={errors}
                onChange={setAnswers}
              />
              <button type="submit" className="button button-primary seminar-submit" disabled={isBusy}>
                {t("survey.submit")}
              </button>
            </form>
          )}
        </>
      ) : null}
    </>
  );
}
