#pragma once
// Table and column names of the store, in one place.
