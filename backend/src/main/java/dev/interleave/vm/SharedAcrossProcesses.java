package dev.interleave.vm;

/**
 * An object that lives outside any one process's memory (a semaphore, a queue or pipe's
 * buffer, shared memory): a fork or a pickle hands the child the same object, not a copy.
 */
interface SharedAcrossProcesses {
}
