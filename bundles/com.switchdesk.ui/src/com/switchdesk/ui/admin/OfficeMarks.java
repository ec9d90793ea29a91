package com.switchdesk.ui.admin;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.eclipse.osgi.util.NLS;

import com.switchdesk.pbx.PbxConnector;
import com.switchdesk.pbx.command.SetOfficeExtension;

/**
 * Office extensions (办公分机, F34, seed 3.20): marking one protects its services from the console;
 * the PBX then refuses every change to them. One {@code SetOfficeExtension} per extension.
 */
final class OfficeMarks {

	/** What to tell the administrator afterwards. */
	record Outcome(String message, boolean error) {
	}

	private OfficeMarks() {
	}

	/** Sends the marks; the stage (never failing) says what happened, naming each refusal. */
	static CompletionStage<Outcome> set(PbxConnector pbx, List<String> numbers, boolean office) {
		List<CompletableFuture<String>> sent = numbers.stream()
				.map(n -> pbx.execute(new SetOfficeExtension(n, office)).thenApply(v -> "")
						.exceptionally(e -> n + ": " + AdminTexts.refusal(e)).toCompletableFuture())
				.toList();
		return CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).handle((v, e) -> {
			List<String> errors = sent.stream().map(f -> f.getNow("")).filter(s -> !s.isEmpty()).toList();
			if (errors.isEmpty()) {
				return new Outcome(NLS.bind(office ? Messages.Office_marked : Messages.Office_unmarked,
						String.join(", ", numbers)), false);
			}
			return new Outcome(NLS.bind(Messages.Office_failed, String.join("; ", errors)), true);
		});
	}
}
