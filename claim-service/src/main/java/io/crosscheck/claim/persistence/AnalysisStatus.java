package io.crosscheck.claim.persistence;

public enum AnalysisStatus { PENDING, DONE, FAILED }
