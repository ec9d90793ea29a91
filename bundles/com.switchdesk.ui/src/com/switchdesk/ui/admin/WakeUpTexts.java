package com.switchdesk.ui.admin;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import com.switchdesk.pbx.model.WakeUpCycle;
import com.switchdesk.pbx.model.WakeUpOrder;
import com.switchdesk.pbx.model.WakeUpOutcome;

/** Wake-up times, cycles, days and outcomes as the administrator reads and types them. */
final class WakeUpTexts {

	private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:：.]?(\\d{2})(?:[:：.](\\d{2}))?");
	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
	private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private WakeUpTexts() {
	}

	/** Reads "7:30", "07:30", "0730" or "07:30:15"; empty when it is not a time of day. */
	static Optional<LocalTime> parseTime(String text) {
		Matcher m = TIME.matcher(text.strip());
		if (!m.matches()) {
			return Optional.empty();
		}
		int h = Integer.parseInt(m.group(1));
		int min = Integer.parseInt(m.group(2));
		int s = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
		if (h > 23 || min > 59 || s > 59) {
			return Optional.empty();
		}
		return Optional.of(LocalTime.of(h, min, s));
	}

	/** "07:30", or "07:30:15" when the time has seconds. */
	static String time(LocalTime t) {
		return t.getSecond() == 0 ? String.format("%02d:%02d", t.getHour(), t.getMinute())
				: String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond());
	}

	static String time2(WakeUpOrder o) {
		return o.time2().map(WakeUpTexts::time).orElse("");
	}

	static String dateTime(LocalDateTime t) {
		return t.format(t.getSecond() == 0 ? DATE_TIME : DATE_TIME_SECONDS);
	}

	static String dateTimeSeconds(LocalDateTime t) {
		return t.format(DATE_TIME_SECONDS);
	}

	static String cycle(WakeUpCycle cycle) {
		return switch (cycle) {
		case ONCE -> Messages.Cycle_ONCE;
		case DAILY -> Messages.Cycle_DAILY;
		case WEEKDAYS -> Messages.Cycle_WEEKDAYS;
		case CUSTOM -> Messages.Cycle_CUSTOM;
		};
	}

	/** The days an order rings on, e.g. "Mon, Wed, Fri"; "" for a once-only order. */
	static String days(WakeUpOrder o) {
		return switch (o.cycle()) {
		case ONCE -> "";
		case DAILY -> Messages.Days_all;
		case WEEKDAYS -> Messages.Days_weekdays;
		case CUSTOM -> o.days().stream().sorted().map(WakeUpTexts::day).collect(Collectors.joining(", "));
		};
	}

	static String day(DayOfWeek d) {
		return switch (d) {
		case MONDAY -> Messages.Day_MONDAY;
		case TUESDAY -> Messages.Day_TUESDAY;
		case WEDNESDAY -> Messages.Day_WEDNESDAY;
		case THURSDAY -> Messages.Day_THURSDAY;
		case FRIDAY -> Messages.Day_FRIDAY;
		case SATURDAY -> Messages.Day_SATURDAY;
		case SUNDAY -> Messages.Day_SUNDAY;
		};
	}

	static String outcome(WakeUpOutcome outcome) {
		return switch (outcome) {
		case ANSWERED -> Messages.Outcome_ANSWERED;
		case NO_ANSWER -> Messages.Outcome_NO_ANSWER;
		case BUSY -> Messages.Outcome_BUSY;
		case FAILED -> Messages.Outcome_FAILED;
		};
	}

	static String onOff(boolean on) {
		return on ? Messages.Value_on : Messages.Value_off;
	}

	/** "first call" or "retry 2". */
	static String attempt(int attempt) {
		return attempt <= 1 ? Messages.Attempt_first : NLS.bind(Messages.Attempt_retry, attempt);
	}

	/** How long until {@code due}: "in 5 min", "in 2 h 10 min", "now". */
	static String until(LocalDateTime now, LocalDateTime due) {
		long seconds = Duration.between(now, due).toSeconds();
		if (seconds <= 0) {
			return Messages.Until_now;
		}
		long minutes = (seconds + 59) / 60; // "in 5 min" until the fifth minute has begun
		if (minutes < 60) {
			return NLS.bind(Messages.Until_minutes, minutes);
		}
		if (minutes >= 24 * 60) {
			return NLS.bind(Messages.Until_days, minutes / (24 * 60), (minutes % (24 * 60)) / 60);
		}
		return minutes % 60 == 0 ? NLS.bind(Messages.Until_hoursOnly, minutes / 60)
				: NLS.bind(Messages.Until_hours, minutes / 60, minutes % 60);
	}
}
