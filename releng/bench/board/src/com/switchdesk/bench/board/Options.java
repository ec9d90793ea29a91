package com.switchdesk.bench.board;

import java.util.HashMap;
import java.util.Map;

/** Command-line options of the board benchmark and screenshots: {@code --name value} pairs. */
record Options(int extensions, int rate, int seconds, int warmup, boolean allTargets, int width, int height,
		String screenshot, String locate) {

	static Options parse(String[] args) {
		Map<String, String> values = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			if (!args[i].startsWith("--")) {
				throw new IllegalArgumentException("expected --option value, got " + args[i]);
			}
			values.put(args[i].substring(2), args[i + 1]);
		}
		return new Options(integer(values, "extensions", 10_000), integer(values, "rate", 500),
				integer(values, "seconds", 30), integer(values, "warmup", 5),
				"all".equals(values.getOrDefault("targets", "visible")), integer(values, "width", 1366),
				integer(values, "height", 900), values.get("screenshot"), values.get("locate"));
	}

	private static int integer(Map<String, String> values, String name, int fallback) {
		String value = values.get(name);
		return value == null ? fallback : Integer.parseInt(value);
	}
}
