package com.switchdesk.pbx.sim.internal;

/** What the wake-up service learns from the call model about its calls. */
interface WakeUpHooks {

	WakeUpHooks NONE = new WakeUpHooks() {
		@Override
		public void answered(SimCall call) {
		}

		@Override
		public void notAnswered(SimCall call) {
		}
	};

	void answered(SimCall call);

	void notAnswered(SimCall call);
}
