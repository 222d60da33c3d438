package io.crosscheck.claim.persistence;

/** The contract's claim status: contested when a source denies it or sources disagree on a figure. */
public enum GroupStatus { CORROBORATED, CONTESTED, SINGLE_SOURCE }
