/**
 * Test support for code that uses the connector SPI: a scheduler whose time only moves when a test
 * says so. Exported for test bundles; the product never uses it.
 */
package com.switchdesk.pbx.testing;
