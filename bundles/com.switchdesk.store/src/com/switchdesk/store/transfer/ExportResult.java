package com.switchdesk.store.transfer;

import java.nio.file.Path;
import java.util.List;

import com.switchdesk.store.Problem;

/** How an export ended. The file exists only after {@link Written}: exports write a temporary file first. */
public sealed interface ExportResult {

	/** @param file the file written @param customers how many customers it holds */
	record Written(Path file, long customers) implements ExportResult {
	}

	/** Some customers cannot be written in the chosen encoding (e.g. GBK); no file was written. */
	record Refused(List<Problem> problems) implements ExportResult {
		public Refused {
			problems = List.copyOf(problems);
		}
	}

	/** The monitor asked to stop; no file was written. */
	record Cancelled() implements ExportResult {
	}
}
