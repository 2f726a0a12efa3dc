<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Support\Facades\DB;

return new class extends Migration
{
    // ALTER TABLE events DETACH PARTITION events_2020 is what we avoid
    public function up(): void
    {
        DB::statement('ALTER TABLE events DETACH PARTITION events_2020 CONCURRENTLY');
        $note = 'ALTER TABLE events DETACH PARTITION events_2020';
    }

    public function down(): void
    {
        DB::statement('ALTER TABLE events DETACH PARTITION events_2020');
    }
};
