package com.switchdesk.pbx.sim.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A scripted scenario, one action per line, each at a time from the start:
 *
 * <pre>
 * # comment
 * +0   outside 13800138000 999     an outside caller dials the company number
 * +5   call 8005 8006              8005 dials 8006
 * +8   answer 8006                 8006 answers
 * +30  hangup 8005
 * +2   lift 8000                   lift the handset (operator phone: off-hook for binding)
 * +60  onhook 8000
 * </pre>
 */
public record ScenarioScript(List<Step> steps) {

	/** One action at an offset from the start of the script. */
	public record Step(Duration at, String action, List<String> arguments, int line) {
	}

	public ScenarioScript {
		steps = List.copyOf(steps);
	}

	/** Parses a script; a malformed line is an {@link IllegalArgumentException} naming the line. */
	public static ScenarioScript parse(String text) {
		List<Step> steps = new ArrayList<>();
		String[] lines = text.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			int comment = line.indexOf('#');
			if (comment >= 0) {
				line = line.substring(0, comment).strip();
			}
			if (line.isEmpty()) {
				continue;
			}
			String[] words = line.split("\\s+");
			if (!words[0].matches("\\+\\d+(\\.\\d+)?")) {
				throw new IllegalArgumentException("Line " + (i + 1) + ": a step starts with +seconds, not '" + words[0] + "'");
			}
			if (words.length < 2) {
				throw new IllegalArgumentException("Line " + (i + 1) + ": an action is missing after " + words[0]);
			}
			String action = words[1].toLowerCase();
			int expected = switch (action) {
			case "outside", "call" -> 2;
			case "answer", "hangup", "lift", "onhook" -> 1;
			default -> throw new IllegalArgumentException("Line " + (i + 1) + ": unknown action '" + words[1]
					+ "' (outside, call, answer, hangup, lift, onhook)");
			};
			if (words.length - 2 != expected) {
				throw new IllegalArgumentException("Line " + (i + 1) + ": " + action + " takes " + expected
						+ " number(s)");
			}
			Duration at = Duration.ofMillis((long) (Double.parseDouble(words[0].substring(1)) * 1000));
			steps.add(new Step(at, action, List.of(words).subList(2, words.length), i + 1));
		}
		return new ScenarioScript(steps);
	}

	/** Schedules every step on the PBX thread; a step that fails (busy, not ringing) is skipped. */
	public void play(PbxThread thread, Phones phones) {
		for (Step step : steps) {
			thread.schedule(step.at(), () -> {
				try {
					run(step, phones);
				} catch (RuntimeException e) {
					// the scenario goes on, as people at phones would
				}
			});
		}
	}

	private static void run(Step step, Phones phones) {
		List<String> a = step.arguments();
		switch (step.action()) {
		case "outside" -> phones.callFromOutside(a.get(0), a.get(1));
		case "call" -> phones.dial(a.get(0), a.get(1));
		case "answer" -> phones.answer(a.get(0));
		case "hangup" -> phones.hangUp(a.get(0));
		case "lift" -> phones.liftHandset(a.get(0));
		case "onhook" -> phones.replaceHandset(a.get(0));
		default -> throw new IllegalStateException(step.action());
		}
	}
}
