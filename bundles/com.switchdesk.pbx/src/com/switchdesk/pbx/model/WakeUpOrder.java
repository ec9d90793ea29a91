package com.switchdesk.pbx.model;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A wake-up order of one extension (叫醒业务): the PBX rings it at time 1 and, if set, at time 2,
 * on the days of the cycle.
 *
 * @param extension the room's extension
 * @param time1     the first wake-up time
 * @param time2     an optional second time the same day
 * @param cycle     which days
 * @param days      the days for {@link WakeUpCycle#CUSTOM}; empty otherwise
 * @param enabled   whether the order is active
 */
public record WakeUpOrder(String extension, LocalTime time1, Optional<LocalTime> time2, WakeUpCycle cycle,
		Set<DayOfWeek> days, boolean enabled) {

	public WakeUpOrder {
		Objects.requireNonNull(extension);
		Objects.requireNonNull(time1);
		Objects.requireNonNull(time2);
		Objects.requireNonNull(cycle);
		days = Set.copyOf(days);
		if (cycle == WakeUpCycle.CUSTOM && days.isEmpty()) {
			throw new IllegalArgumentException("A custom wake-up cycle needs at least one day");
		}
		if (time2.isPresent() && !time2.get().isAfter(time1)) {
			throw new IllegalArgumentException("Wake-up time 2 must be later than time 1");
		}
	}

	/** Whether the order rings on this day of the week. */
	public boolean ringsOn(DayOfWeek day) {
		return switch (cycle) {
		case ONCE, DAILY -> true;
		case WEEKDAYS -> day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
		case CUSTOM -> days.contains(day);
		};
	}

	public WakeUpOrder withEnabled(boolean on) {
		return new WakeUpOrder(extension, time1, time2, cycle, days, on);
	}
}
