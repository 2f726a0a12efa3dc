<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Support\Facades\DB;

return new class extends Migration
{
    public function up(): void
    {
        DB::statement('ALTER TABLE events DETACH PARTITION events_2020'); // mg:expect
    }

    public function down(): void
    {
    }
};
