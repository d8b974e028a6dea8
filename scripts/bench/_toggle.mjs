/**
 * Timing a toggle of the compare view (anonymise, projector mode) as a person
 * clicks it: a helper of the compare step (scripts/bench/compare.mjs).
 */
/** How long a person's click holds the button down (ms). */
const PRESS_MS = 80;

/**
 * A toggle is a trusted click as a person makes it: the pointer moves onto
 * the control, the button goes down and comes up 80 ms later (`PRESS_MS`).
 * Until issue 14's fourth session it was Playwright's `locator.click()`,
 * which presses and releases at once and checks the hit target with its own
 * listeners in the page (elementsFromPoint on pointerdown, mousedown…): in
 * traces at 4× CPU the whole press (pointer events, focus, Playwright's
 * checks) often ran in the same task as the click, before it, and counted in
 * its duration. `press = 'playwright'` still clicks that way.
 *
 * Timed from the click event's time stamp three ways:
 * - next paint: the interaction's duration by the Event Timing API (the
 *   longest event of the click's interaction, until the paint after it;
 *   8 ms granularity; a click under 16 ms counts as 16);
 * - next paint, old method (before issue 14's third session): the rAF of
 *   the frame after the one where the change is seen, so it also counts
 *   every task queued between those two frames (the redraws after the paint);
 * - all redrawn: until both charts, the change cards and the item table are
 *   redrawn and painted (what the person waits for). They redraw after the
 *   interaction's paint (canvas[data-pending], .late meanwhile).
 * Anonymise is timed either way: letters once the box is checked, names once not.
 */
export async function timeToggle(page, action, press = 'person') {
	const box = await page.locator(`[data-testid=${action}]`).boundingBox();
	await page.evaluate((action) => {
		window.__toggle = new Promise((resolve) => {
			const entries = [];
			const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
			observer.observe({ type: 'event', durationThreshold: 16 });
			const target = document.querySelector(`[data-testid=${action}]`);
			const interactionDone = () => {
				if (action === 'anonymise') {
					const th = document.querySelector('[data-testid=compare-table] tbody th');
					// letters once anonymised, names once no longer (the box's new state)
					return th && /^[A-Z]+( · \d+)?$/.test(th.textContent.trim()) === target.checked;
				}
				return document.querySelector('[data-testid=compare-root]').classList.contains('projector');
			};
			// charts, change cards and tables redrawn after the toggle (hidden, pending or
			// not laid out until then: `late`), and the tables and cards on screen rendered:
			// one skipped by content-visibility: auto (its contents not laid out nor painted)
			// until the browser has seen it is on screen counts as not yet drawn
			const chartsDone = () =>
				document.querySelectorAll('canvas[data-ready]').length === 2 &&
				!document.querySelector(
					'canvas[data-pending], [data-testid=changes].late, [data-testid=compare-item-table].late, [data-testid=compare-table].late, .late:has([data-testid=compare-table])'
				) &&
				[
					...document.querySelectorAll(
						'[data-testid=compare-table], [data-testid=compare-item-table], [data-testid=change]'
					)
				].every((el) => {
					// the box with content-visibility (a table's wrapper, a card) and what it holds
					const holder = el.closest('.table-wrap') ?? el;
					const inside = holder === el ? el.firstElementChild : el;
					// hidden (shelved: projector mode) or off screen, nothing to draw: asked of
					// the box, then of what it holds only when on screen. Asked first of an
					// element inside an off-screen content-visibility: auto box, as until issue
					// 14's fifth session, checkVisibility() lays that box out, work the browser
					// skips otherwise, and the figure counted it
					if (!holder.checkVisibility()) return true;
					const box = holder.getBoundingClientRect();
					const onScreen = box.bottom > 0 && box.top < innerHeight && box.height > 0;
					return !onScreen || !inside || inside.checkVisibility({ contentVisibilityAuto: true });
				});
			// the Event Timing entries of the click's interaction, once reported (after its paint)
			const interaction = (t0, waited) => {
				const click = entries.find(
					(e) => e.name === 'click' && e.interactionId && e.target === target
				);
				if (!click) return waited > 1000 ? 16 : undefined;
				return Math.max(
					...entries.filter((e) => e.interactionId === click.interactionId).map((e) => e.duration)
				);
			};
			const start = (event) => {
				if (event.target !== target) return;
				window.removeEventListener('click', start, { capture: true });
				const t0 = event.timeStamp;
				let painted;
				let all;
				// a rAF callback runs just before its frame is painted: seen in one, painted by the next
				let seen = false;
				const finish = () => {
					const paint = interaction(t0, performance.now() - t0 - all);
					if (paint === undefined) return void setTimeout(finish, 20);
					observer.disconnect();
					resolve({ paint, paintOld: painted - t0, charts: all });
				};
				const check = () => {
					const now = performance.now();
					if (seen && painted === undefined) painted = now;
					if (!seen && interactionDone()) seen = true;
					if (seen && chartsDone())
						requestAnimationFrame(() => {
							all = performance.now() - t0;
							painted ??= performance.now();
							finish();
						});
					else requestAnimationFrame(check);
				};
				requestAnimationFrame(check);
			};
			window.addEventListener('click', start, { capture: true });
		});
	}, action);
	if (press === 'playwright') await page.locator(`[data-testid=${action}]`).click();
	else {
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.down();
		await new Promise((resolve) => setTimeout(resolve, PRESS_MS));
		await page.mouse.up();
	}
	return page.evaluate(() => window.__toggle);
}
