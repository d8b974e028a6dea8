/** The teams of assessments shown together (compare): respondents and their answers, per assessment. */
import type { Respondent, RespondentAnswer } from '$lib/domain/team/respondent';
import { sortRespondents } from '$lib/domain/team/target';
import { rowsByAssessment } from './by-assessment';
import { db } from './db';
import { guard } from './errors';

export interface Team {
	respondents: Respondent[];
	answers: RespondentAnswer[];
}

/** Respondents (in the order added) and their answers, by assessment id; an assessment without respondents is absent. */
export function listTeams(assessmentIds: string[]): Promise<Map<string, Team>> {
	return guard(async () => {
		const out = new Map<string, Team>();
		if (assessmentIds.length === 0) return out;
		const [respondents, answers] = await Promise.all([
			db.respondents.where('assessmentId').anyOf(assessmentIds).toArray(),
			// each assessment once: its rows are read per id
			rowsByAssessment(db.respondentAnswers, [...new Set(assessmentIds)])
		]);
		for (const r of sortRespondents(respondents)) {
			const team = out.get(r.assessmentId) ?? { respondents: [], answers: [] };
			team.respondents.push(r);
			out.set(r.assessmentId, team);
		}
		for (const a of answers.flat()) out.get(a.assessmentId)?.answers.push(a);
		return out;
	});
}
