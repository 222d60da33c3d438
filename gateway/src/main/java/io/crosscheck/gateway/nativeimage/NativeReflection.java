package io.crosscheck.gateway.nativeimage;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Reflection the native executable needs and Quarkus cannot infer. Quarkus registers the types of REST
 * parameters and return values itself; a type the gateway reads with its own {@code ObjectMapper} is not one
 * of them, and without registration Jackson sees only part of it in the native binary (GatewayIT then finds
 * {@code storyId} missing from a composed article).
 */
@RegisterForReflection(classNames = "io.crosscheck.gateway.client.AnalysisBody")
final class NativeReflection {
    private NativeReflection() {
    }
}
