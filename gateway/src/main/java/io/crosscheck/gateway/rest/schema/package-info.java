/**
 * Records mirroring the public contract, for the OpenAPI document. The gateway passes the neighbours'
 * JSON on as it is; these records describe it (and are what a client generator sees), they do not filter it.
 */
package io.crosscheck.gateway.rest.schema;
